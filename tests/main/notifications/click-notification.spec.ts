import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createClickNotifier } from '../../../main/notifications/click-notification.ts';
import { FakeNotification, resetFakeElectron } from '../fakes/fake-electron.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);

beforeEach(() => resetFakeElectron());

describe('reminder notification (check-in, evening invitation)', () => {
  it('shows a quiet notification that opens the check-in when clicked', () => {
    const opened: string[] = [];
    const notifier = createClickNotifier(() => opened.push('checkin'));
    notifier.show('Time for your weekly check-in', 'Five short questions.');
    const [shown] = FakeNotification.all;
    expect(shown?.shown).toBe(true);
    expect(shown?.options).toMatchObject({ title: 'Time for your weekly check-in', silent: true });
    expect(opened).toEqual([]);
    shown?.emit('click');
    expect(opened).toEqual(['checkin']);
  });

  it('opens the check-in page itself where notifications are unsupported', () => {
    FakeNotification.supported = false;
    const opened: string[] = [];
    createClickNotifier(() => opened.push('checkin')).show('title', 'body');
    expect(FakeNotification.all).toHaveLength(0);
    expect(opened).toEqual(['checkin']);
  });

  it('a new reminder replaces the old one, and dismiss closes it', () => {
    const notifier = createClickNotifier(() => {});
    notifier.show('a', 'a');
    notifier.show('b', 'b');
    expect(FakeNotification.all.map((n) => n.closed)).toEqual([true, false]);
    notifier.dismiss();
    expect(FakeNotification.all[1]?.closed).toBe(true);
  });
});
