import type { BusyReason } from '../../shared/domain/busy.ts';
import type { MessageKey, MessageParams } from '../../shared/i18n/index.ts';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';

/** What the panel's status card says; `countdown` means: show the live time left to `next`. */
export type PanelStatus =
  | { readonly type: 'countdown'; readonly titleKey: MessageKey; readonly dueAtWallMs: number }
  /** A due break waits while the user is busy: "Holding breaks: presentation or video". */
  | { readonly type: 'busy'; readonly reasons: readonly BusyReason[] }
  | { readonly type: 'message'; readonly key: MessageKey; readonly params?: MessageParams };

const STATE_MESSAGES: Partial<Record<SchedulerSnapshot['state'], MessageKey>> = {
  'in-break': 'panel.state.in-break',
  notice: 'panel.state.notice',
  'outside-hours': 'panel.state.outside-hours',
  idle: 'panel.state.idle',
  suspended: 'panel.state.suspended',
  locked: 'panel.state.locked',
};

function isSameLocalDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

export function panelStatus(
  snapshot: SchedulerSnapshot,
  nowWallMs: number,
  formatTime: (wallMs: number) => string,
): PanelStatus {
  if (snapshot.paused || snapshot.state === 'paused') {
    const until = snapshot.pausedUntilWallMs;
    if (until === null) return { type: 'message', key: 'panel.state.paused-indefinitely' };
    const key = isSameLocalDay(until, nowWallMs) ? 'panel.state.paused-until' : 'panel.state.paused-tomorrow';
    return { type: 'message', key, params: { time: formatTime(until) } };
  }
  if (snapshot.state === 'busy') return { type: 'busy', reasons: snapshot.busy };
  const stateKey = STATE_MESSAGES[snapshot.state];
  if (stateKey) return { type: 'message', key: stateKey };
  if (!snapshot.next) return { type: 'message', key: 'panel.state.off' };
  return {
    type: 'countdown',
    titleKey: snapshot.next.kind === 'stretch' ? 'panel.next.stretch' : 'panel.next.breathing',
    dueAtWallMs: snapshot.next.dueAtWallMs,
  };
}
