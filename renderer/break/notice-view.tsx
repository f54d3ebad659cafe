import { useEffect, useState } from 'preact/hooks';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { call, useBridge } from '../lib/bridge.ts';
import { useT } from '../lib/i18n.ts';
import { clockText } from './countdown-text.ts';
import { useFrameClock } from './frame-clock.ts';
import { useBreakKeys } from './use-break-keys.ts';
import { MainRefusal, useMainAnswers } from './use-main-answers.tsx';

/** Strict mode or the snapshot's own limits decide which ways out are offered. */
export function noticeChoices(snapshot: SchedulerSnapshot): { postpone: boolean; skip: boolean } {
  const notice = snapshot.notice;
  if (!notice || snapshot.strict) return { postpone: false, skip: false };
  return { postpone: notice.canPostpone, skip: notice.canSkip };
}

/** The small window before a break: how long until it starts, and Start now / Postpone / Skip. */
export function NoticeView() {
  const bridge = useBridge();
  const frameClock = useFrameClock();
  const t = useT();
  const [snapshot, setSnapshot] = useState<SchedulerSnapshot | null>(null);
  const [leftMs, setLeftMs] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const { tell, refusal } = useMainAnswers();

  useEffect(() => {
    let alive = true;
    const off = bridge.on('scheduler:changed', (next) => setSnapshot(next));
    call(bridge, 'scheduler:get')
      .then((value) => {
        if (alive) setSnapshot((current) => current ?? value);
      })
      // A push still brings the snapshot; until then the window says it could not load it.
      .catch(() => alive && setLoadFailed(true));
    return () => {
      alive = false;
      off();
    };
  }, [bridge]);

  const endsAtWallMs = snapshot?.notice?.endsAtWallMs ?? null;
  useEffect(() => {
    if (endsAtWallMs === null) {
      setLeftMs(null);
      return;
    }
    let shown = -1;
    let cancel = () => {};
    const onFrame = () => {
      const left = Math.max(0, endsAtWallMs - frameClock.wallNow());
      const seconds = Math.ceil(left / 1000);
      if (seconds !== shown) {
        shown = seconds;
        setLeftMs(left);
      }
      if (left > 0) cancel = frameClock.requestFrame(onFrame);
    };
    onFrame();
    return () => cancel();
  }, [endsAtWallMs, frameClock]);

  const notice = snapshot?.notice ?? null;
  const act = (channel: 'break:postpone' | 'break:skip' | 'break:start') => {
    if (busy || !notice) return;
    setBusy(true);
    const done =
      channel === 'break:start'
        ? tell(channel, 'notice.refused', { kind: notice.kind })
        : tell(channel, 'notice.refused');
    void done.finally(() => setBusy(false));
  };

  useBreakKeys({ onEnter: () => act('break:start') });

  if (!snapshot) {
    return (
      <section class="notice" data-testid="notice" aria-busy={loadFailed ? undefined : 'true'}>
        {loadFailed ? <p class="notice-none">{t('notice.unavailable')}</p> : null}
      </section>
    );
  }
  if (!notice) {
    return (
      <section class="notice" data-testid="notice">
        <p class="notice-none">{t('notice.none')}</p>
      </section>
    );
  }

  const choices = noticeChoices(snapshot);
  const postponesLeft = Math.max(0, snapshot.postponeLimit - snapshot.postponesUsed);
  return (
    <section class="notice" data-testid="notice" data-kind={notice.kind}>
      <div class="notice-mark" aria-hidden="true" />
      <div class="notice-text">
        <h1 class="notice-heading">
          {notice.kind === 'breathing' ? t('notice.heading-breathing') : t('notice.heading-stretch')}
        </h1>
        <p class="notice-countdown" data-testid="notice-countdown">
          {notice.waitingForInputPause
            ? t('notice.waiting')
            : t('notice.countdown', { time: clockText(leftMs ?? notice.secondsLeft * 1000) })}
        </p>
        {/* A refusal takes the place of the quieter line below the countdown, so the notice keeps
            its size (380 x 150) and the refusal sits with the words it is about. */}
        {refusal === null ? (
          <p class="notice-invite">{snapshot.strict ? t('notice.strict') : t('notice.invite')}</p>
        ) : null}
        <MainRefusal text={refusal} className="notice-refusal" />
      </div>
      <div class="notice-actions">
        <button
          type="button"
          class="button button-primary"
          onClick={() => act('break:start')}
          disabled={busy}
          data-testid="start-now"
        >
          {t('notice.start-now')}
        </button>
        {choices.postpone ? (
          <button
            type="button"
            class="button button-quiet"
            onClick={() => act('break:postpone')}
            disabled={busy}
            title={t('notice.postpones-left', { count: postponesLeft })}
            data-testid="postpone"
          >
            {t('notice.postpone')}
          </button>
        ) : null}
        {choices.skip ? (
          <button
            type="button"
            class="button button-quiet"
            onClick={() => act('break:skip')}
            disabled={busy}
            data-testid="skip"
          >
            {t('notice.skip')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
