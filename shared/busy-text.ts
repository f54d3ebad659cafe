import type { BusyReason } from './domain/busy.ts';
import type { MessageKey, Translate } from './i18n/index.ts';

/** How each reason is named to the user (tray, panel, preferences, `--status`). */
export const BUSY_REASON_KEYS: Readonly<Record<BusyReason, MessageKey>> = {
  presentation: 'busy.reason.presentation',
  fullscreen: 'busy.reason.fullscreen',
  call: 'busy.reason.call',
  'do-not-disturb': 'busy.reason.do-not-disturb',
  'excluded-app': 'busy.reason.excluded-app',
};

/** "Holding breaks: presentation or video, Do Not Disturb" in the user's language. */
export function holdingText(t: Translate, reasons: readonly BusyReason[]): string {
  return t('busy.holding', { reasons: reasons.map((reason) => t(BUSY_REASON_KEYS[reason])).join(', ') });
}
