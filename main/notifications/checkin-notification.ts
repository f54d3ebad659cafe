import { Notification } from 'electron';

/**
 * The weekly check-in reminder as an OS notification; a click opens the check-in page. Where
 * notifications are unsupported the check-in page itself is the reminder.
 */

export interface CheckinNotifier {
  show(title: string, body: string): void;
  dismiss(): void;
}

export function createCheckinNotifier(openCheckin: () => void): CheckinNotifier {
  // Held so the notification (and its click handler) outlives this call on every platform.
  let current: Notification | null = null;
  return {
    show(title, body) {
      current?.close();
      current = null;
      if (!Notification.isSupported()) {
        openCheckin();
        return;
      }
      const notification = new Notification({ title, body, silent: true });
      notification.on('click', () => {
        if (current === notification) current = null;
        openCheckin();
      });
      notification.on('close', () => {
        if (current === notification) current = null;
      });
      current = notification;
      notification.show();
    },
    dismiss() {
      current?.close();
      current = null;
    },
  };
}
