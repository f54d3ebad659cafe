import { useEffect, useState } from 'preact/hooks';
import { FEELINGS } from '../../../shared/domain/feelings.ts';
import { lastDays, streak, totals } from '../../../shared/statistics/queries.ts';
import type { DayStats } from '../../../shared/statistics-types.ts';
import { dayKeyIn, systemTimeZone } from '../../../shared/time/local-time.ts';
import { useBridge } from '../../lib/bridge.ts';
import { useLocale } from '../../lib/i18n.ts';
import { hashFor } from '../router.ts';
import { BarChart, dayLabel } from './bar-chart.tsx';
import { CheckinTrend } from './checkin-trend.tsx';
import { checkinPoints } from './stats-summary.ts';
import './statistics.css';

export interface StatsViewProps {
  readonly now?: () => number;
}

const CHART_DAYS = 14;
// Enough history for a long streak and a check-in trend; main keeps at most 400 days.
const HISTORY_DAYS = 400;
const TREND_DAYS = 90;

type ExportState = { readonly saved: boolean; readonly path?: string } | 'failed' | null;

export function StatsView({ now = Date.now }: StatsViewProps) {
  const bridge = useBridge();
  const { locale, t } = useLocale();
  const [history, setHistory] = useState<readonly DayStats[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [exported, setExported] = useState<ExportState>(null);

  useEffect(() => {
    let alive = true;
    bridge.invoke('stats:days', { days: HISTORY_DAYS }).then(
      (result) => {
        if (!alive) return;
        if (result.ok) setHistory(result.value);
        else setLoadFailed(true);
      },
      () => setLoadFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [bridge]);

  const header = (
    <header class="view__header">
      <h1 class="view__title" tabIndex={-1}>
        {t('stats.title')}
      </h1>
      <p class="view__lead">{t('stats.intro')}</p>
    </header>
  );

  if (!history) {
    return (
      <div class="view view--stats">
        {header}
        <p class="status-text" role={loadFailed ? 'alert' : 'status'}>
          {loadFailed ? t('errors.load-failed') : t('stats.loading')}
        </p>
      </div>
    );
  }

  const today = dayKeyIn(now(), systemTimeZone());
  const days = lastDays(history, today, CHART_DAYS);
  const sums = totals(days);
  const streakLength = streak(history, today);
  const points = checkinPoints(lastDays(history, today, TREND_DAYS));
  const max = Math.max(0, ...days.map((d) => d.taken + d.natural + d.skipped));
  const summary = t('stats.chart.summary', {
    taken: sums.taken,
    skipped: sums.skipped,
    natural: sums.natural,
    max,
  });
  const feelingsTotal = sums.feelings.calmer + sums.feelings.same + sums.feelings.tenser;

  const runExport = () => {
    setExported(null);
    bridge.invoke('stats:export-csv').then(
      (result) => setExported(result.ok ? result.value : 'failed'),
      () => setExported('failed'),
    );
  };

  return (
    <div class="view view--stats">
      {header}

      <dl class="tiles">
        <div class="tile">
          <dt>{t('stats.streak.label')}</dt>
          <dd class="tile__value">{t('stats.streak.value', { count: streakLength })}</dd>
          <dd class="tile__hint">{t('stats.streak.hint')}</dd>
        </div>
        <div class="tile">
          <dt>{t('stats.breathed.label')}</dt>
          <dd class="tile__value">
            {t('stats.breathed.value', { count: Math.round(sums.breathingSeconds / 60) })}
          </dd>
          <dd class="tile__hint">{t('stats.breathed.hint')}</dd>
        </div>
        <div class="tile" data-testid="floor-tile">
          <dt>{t('stats.floor.label')}</dt>
          <dd class="tile__value">{t('stats.floor.value', { count: Math.round(sums.floorSeconds / 60) })}</dd>
          <dd class="tile__hint">{t('stats.floor.hint', { count: sums.floorSessions })}</dd>
        </div>
        <div class="tile">
          <dt>{t('stats.totals.taken')}</dt>
          <dd class="tile__value">{sums.taken + sums.natural}</dd>
          <dd class="tile__hint">
            {t('stats.totals.offered')} {sums.offered} · {t('stats.totals.postponed')} {sums.postponed} ·{' '}
            {t('stats.totals.skipped')} {sums.skipped} · {t('stats.totals.natural')} {sums.natural}
          </dd>
        </div>
      </dl>

      <section class="card" aria-labelledby="chart-title">
        <h2 id="chart-title" class="card__title">
          {t('stats.chart.title')}
        </h2>
        {max === 0 ? <p class="status-text">{t('stats.chart.empty')}</p> : null}
        <BarChart days={days} summary={summary} />
        <table class="visually-hidden">
          <caption>{t('stats.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.table.day')}</th>
              <th scope="col">{t('stats.legend.taken')}</th>
              <th scope="col">{t('stats.legend.skipped')}</th>
              <th scope="col">{t('stats.legend.natural')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">
                  {dayLabel(locale, day.date, { weekday: 'long', day: 'numeric', month: 'long' })}
                </th>
                <td>{day.taken}</td>
                <td>{day.skipped}</td>
                <td>{day.natural}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div class="stats__pair">
        <section class="card" aria-labelledby="feelings-title">
          <h2 id="feelings-title" class="card__title">
            {t('stats.feelings.title')}
          </h2>
          {feelingsTotal === 0 ? (
            <p class="status-text">{t('stats.feelings.none')}</p>
          ) : (
            <dl class="feelings">
              {FEELINGS.map((feeling) => (
                <div key={feeling} class="feelings__row">
                  <dt>{t(`stats.feelings.${feeling}`)}</dt>
                  <dd>{sums.feelings[feeling]}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <CheckinTrend points={points} checkinHref={hashFor('checkin')} />
      </div>

      <div class="stats__export">
        <button type="button" class="button" onClick={runExport}>
          {t('stats.export')}
        </button>
        <p class="status-text" role="status">
          {exported === null
            ? ''
            : exported === 'failed'
              ? t('errors.save-failed')
              : !exported.saved
                ? t('stats.export.cancelled')
                : exported.path
                  ? t('stats.export.saved', { path: exported.path })
                  : t('stats.export.saved-plain')}
        </p>
      </div>
    </div>
  );
}
