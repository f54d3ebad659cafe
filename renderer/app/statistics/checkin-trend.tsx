import { useLocale } from '../../lib/i18n.ts';
import { dayLabel } from './bar-chart.tsx';
import { type CheckinPoint, checkinTrend } from './stats-summary.ts';

const WIDTH = 280;
const HEIGHT = 80;
const PAD = 8;

/** The check-in scores over time as a small line with the latest few listed in words. */
export function CheckinTrend({
  points,
  checkinHref,
}: {
  readonly points: readonly CheckinPoint[];
  readonly checkinHref: string;
}) {
  const { locale, t } = useLocale();
  const trend = checkinTrend(points);
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const coords = points.map((point, index) => ({
    x: points.length > 1 ? PAD + index * step : WIDTH / 2,
    y: PAD + ((10 - point.score) / 10) * (HEIGHT - 2 * PAD),
  }));
  return (
    <section class="card" aria-labelledby="trend-title">
      <h2 id="trend-title" class="card__title">
        {t('stats.trend.title')}
      </h2>
      {points.length === 0 ? (
        <p class="status-text">
          {t('stats.trend.none')} <a href={checkinHref}>{t('checkin.title')}</a>
        </p>
      ) : (
        <>
          <p class="trend__intro">{t('stats.trend.intro')}</p>
          <svg class="trend__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
            <line class="trend__axis" x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} />
            <polyline class="trend__line" points={coords.map((c) => `${c.x},${c.y}`).join(' ')} />
            {coords.map((c, index) => (
              <circle key={points[index]?.atMs} class="trend__dot" cx={c.x} cy={c.y} r="4" />
            ))}
          </svg>
          <ul class="trend__list">
            {points.slice(-3).map((point) => (
              <li key={point.atMs}>
                {t('stats.trend.item', {
                  date: dayLabel(locale, point.date, { day: 'numeric', month: 'short' }),
                  score: point.score,
                })}
              </li>
            ))}
          </ul>
          {trend ? <p class="trend__summary">{t(`stats.trend.${trend}`)}</p> : null}
        </>
      )}
    </section>
  );
}
