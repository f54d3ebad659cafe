import { Notification } from 'electron';

/**
 * A reminder as a quiet OS notification; a click does what it invites to (opens the check-in,
 * starts the floor session). Where notifications are unsupported, that action itself is the
 * reminder. One notifier keeps at most one notification on screen.
 */

export interface ClickNotifier {
  show(title: string, body: string): void;
  dismiss(): void;
}

export function createClickNotifier(onClick: () => void): ClickNotifier {
  // Held so the notification (and its click handler) outlives this call on every platform.
  let current: Notification | null = null;
  return {
    show(title, body) {
      current?.close();
      current = null;
      if (!Notification.isSupported()) {
        onClick();
        return;
      }
      const notification = new Notification({ title, body, silent: true });
      notification.on('click', () => {
        if (current === notification) current = null;
        onClick();
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
