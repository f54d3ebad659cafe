import { Notification } from 'electron';

/**
 * A plain, silent OS notification for things the user should hear about once (settings reset,
 * shortcut taken). Where notifications are unsupported it stays quiet; the log still has it.
 */
export function showInfoNotification(title: string, body: string): boolean {
  if (!Notification.isSupported()) return false;
  new Notification({ title, body, silent: true }).show();
  return true;
}
