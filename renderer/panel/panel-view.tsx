import { useEffect, useState } from 'preact/hooks';
import { holdingText } from '../../shared/busy-text.ts';
import type { MessageKey } from '../../shared/i18n/index.ts';
import type { AppRoute, PauseRequest } from '../../shared/ipc-contract.ts';
import { useBridge } from '../lib/bridge.ts';
import { useLocale } from '../lib/i18n.ts';
import { panelStatus } from './status.ts';
import { describeTimeLeft } from './time-left.ts';
import { useCountdown } from './use-countdown.ts';
import { useSchedulerSnapshot } from './use-scheduler.ts';
import { useTodayBreathedMinutes } from './use-today-breathed.ts';
import { formatClockTime } from './wall-clock-time.ts';
import './panel.css';
import { floorStartRequest } from '../lib/floor-session.ts';

export interface PanelViewProps {
  /** Injected in tests; the wall clock otherwise. */
  readonly now?: () => number;
}

const PAUSE_OPTIONS: readonly { readonly key: MessageKey; readonly request: PauseRequest }[] = [
  { key: 'panel.pause.30', request: { minutes: 30 } },
  { key: 'panel.pause.60', request: { minutes: 60 } },
  { key: 'panel.pause.120', request: { minutes: 120 } },
  { key: 'panel.pause.tomorrow', request: { until: 'tomorrow' } },
];

const LINKS: readonly { readonly route: AppRoute; readonly key: MessageKey }[] = [
  { route: 'preferences', key: 'panel.link.preferences' },
  { route: 'statistics', key: 'panel.link.statistics' },
  { route: 'checkin', key: 'panel.link.checkin' },
  { route: 'learn', key: 'panel.link.learn' },
];

/** The small window next to the tray icon: what comes next, and the few things people do often. */
export function PanelView({ now = Date.now }: PanelViewProps) {
  const bridge = useBridge();
  const { locale, t } = useLocale();
  const snapshot = useSchedulerSnapshot();
  const breathedMinutes = useTodayBreathedMinutes(snapshot);
  const [failed, setFailed] = useState(false);
  const status = snapshot ? panelStatus(snapshot, now(), (ms) => formatClockTime(locale, ms)) : null;
  const remainingMs = useCountdown(status?.type === 'countdown' ? status.dueAtWallMs : null, now);
  const paused = snapshot?.paused === true || snapshot?.state === 'paused';

  // Esc closes the panel, as it closes any popup; the tray click and a click elsewhere still do too.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      bridge.invoke('window:close').catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bridge]);

  const run = (action: () => ReturnType<typeof bridge.invoke>) => {
    setFailed(false);
    action().then(
      (result) => setFailed(!result.ok),
      () => setFailed(true),
    );
  };

  return (
    <main class="panel" aria-labelledby="panel-title">
      <h1 id="panel-title" class="visually-hidden">
        {t('panel.title')}
      </h1>
      <section class="panel__status" aria-live="polite" data-testid="panel-status">
        {status?.type === 'countdown' && remainingMs !== null ? (
          <>
            <p class="panel__status-title">{t(status.titleKey)}</p>
            <p class="panel__countdown">
              {(() => {
                const text = describeTimeLeft(remainingMs);
                return t(text.key, text.params);
              })()}
            </p>
            <p class="panel__at">
              {t('panel.next.at', { time: formatClockTime(locale, status.dueAtWallMs) })}
            </p>
          </>
        ) : status?.type === 'message' ? (
          <p class="panel__status-message">{t(status.key, status.params)}</p>
        ) : status?.type === 'busy' ? (
          <p class="panel__status-message">{holdingText(t, status.reasons)}</p>
        ) : null}
        {status?.type === 'countdown' && snapshot && snapshot.busy.length > 0 ? (
          <p class="panel__at" data-testid="panel-busy">
            {holdingText(t, snapshot.busy)}
          </p>
        ) : null}
      </section>

      <div class="panel__now">
        <button
          type="button"
          class="panel__button panel__button--primary"
          onClick={() => run(() => bridge.invoke('break:start', { kind: 'breathing' }))}
        >
          {t('panel.breathe-now')}
        </button>
        <button
          type="button"
          class="panel__button"
          onClick={() => run(() => bridge.invoke('break:start', { kind: 'stretch' }))}
        >
          {t('panel.stretch-now')}
        </button>
      </div>

      {paused ? (
        <button
          type="button"
          class="panel__button panel__button--wide"
          onClick={() => run(() => bridge.invoke('schedule:resume'))}
        >
          {t('panel.resume')}
        </button>
      ) : (
        <fieldset class="panel__pause">
          <legend>{t('panel.pause.label')}</legend>
          <div class="panel__chips">
            {PAUSE_OPTIONS.map((option) => (
              <button
                key={option.key}
                type="button"
                class="panel__chip"
                onClick={() => run(() => bridge.invoke('schedule:pause', option.request))}
              >
                {t(option.key)}
              </button>
            ))}
          </div>
        </fieldset>
      )}

      <p class="panel__today" data-testid="panel-today">
        <span class="panel__today-label">{t('panel.today.title')}</span>{' '}
        {breathedMinutes === null
          ? null
          : breathedMinutes > 0
            ? t('panel.today.breathed', { count: breathedMinutes })
            : t('panel.today.none')}
      </p>

      {failed ? (
        <p class="panel__error" role="alert">
          {t('panel.error')}
        </p>
      ) : null}

      <nav class="panel__links" aria-label={t('panel.title')}>
        {LINKS.map((link) => (
          <button
            key={link.route}
            type="button"
            class="panel__link"
            onClick={() => run(() => bridge.invoke('window:open', { route: link.route }))}
          >
            {t(link.key)}
          </button>
        ))}
        {/* The floor session is no quick break: a calm way in beside the pages, not a third big button. */}
        <button
          type="button"
          class="panel__link"
          data-testid="floor-start"
          onClick={() => run(() => bridge.invoke('break:start', floorStartRequest))}
        >
          {t('panel.floor-now')}
        </button>
      </nav>
    </main>
  );
}
