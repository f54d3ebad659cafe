import { Notification } from 'electron';
import type { Translate } from '../../shared/i18n/index.ts';
import type { NoticeEvent } from '../../shared/scheduler-types.ts';
import type { Logger } from '../logger.ts';

/**
 * The pre-break notice. Where the OS notification can carry buttons (macOS, Windows) it is a
 * notification with Start now / Postpone / Skip; elsewhere (Linux, where actions are unreliable,
 * or no notification server) the small notice window takes over, so the choices stay reachable.
 */

export const APP_USER_MODEL_ID = 'app.breathingroom.desktop';

export type NoticeAction = 'start' | 'postpone' | 'skip' | 'open';

export interface NoticeActionSpec {
  readonly action: NoticeAction;
  readonly label: string;
}

/** Buttons in the order the notification shows them; strict mode leaves only Start now. */
export function noticeActions(
  event: Pick<NoticeEvent, 'canPostpone' | 'canSkip'>,
  t: Translate,
  postponeMinutes: number,
): readonly NoticeActionSpec[] {
  const actions: NoticeActionSpec[] = [{ action: 'start', label: t('notifications.start-now') }];
  if (event.canPostpone)
    actions.push({ action: 'postpone', label: t('notifications.postpone', { count: postponeMinutes }) });
  if (event.canSkip) actions.push({ action: 'skip', label: t('notifications.skip') });
  return actions;
}

export function noticeBody(event: Pick<NoticeEvent, 'kind' | 'leadMs'>, t: Translate): string {
  const count = Math.max(1, Math.round(event.leadMs / 1000));
  return t(event.kind === 'breathing' ? 'notifications.breathing-soon' : 'notifications.stretch-soon', {
    count,
  });
}

export function notificationsCarryActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export interface BreakNoticeDeps {
  readonly platform: NodeJS.Platform;
  readonly log: Logger;
  readonly showNoticeWindow: () => void;
  readonly onAction: (action: NoticeAction) => void;
}

export interface BreakNotifier {
  show(event: NoticeEvent, t: Translate, postponeMinutes: number): 'notification' | 'window';
  dismiss(): void;
}

export function createBreakNotifier(deps: BreakNoticeDeps): BreakNotifier {
  let current: Notification | null = null;

  function dismiss(): void {
    current?.close();
    current = null;
  }

  return {
    show(event, t, postponeMinutes) {
      dismiss();
      if (!notificationsCarryActions(deps.platform) || !Notification.isSupported()) {
        deps.showNoticeWindow();
        return 'window';
      }
      const actions = noticeActions(event, t, postponeMinutes);
      const notification = new Notification({
        title: t('notifications.title'),
        body: noticeBody(event, t),
        silent: true,
        actions: actions.map((spec) => ({ type: 'button', text: spec.label })),
      });
      // Electron 45 names the button in the event's details; the positional index is deprecated.
      notification.on('action', (details) => {
        const spec = actions[details.actionIndex];
        if (spec) deps.onAction(spec.action);
      });
      notification.on('click', () => deps.onAction('open'));
      notification.on('failed', (_event, error) => {
        deps.log.warn(`notifications: failed (${error}), showing the notice window instead`);
        deps.showNoticeWindow();
      });
      notification.show();
      current = notification;
      return 'notification';
    },
    dismiss,
  };
}
