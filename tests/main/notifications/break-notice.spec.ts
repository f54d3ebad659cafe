import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../main/logger.ts';
import { createBreakNotifier, type NoticeAction } from '../../../main/notifications/break-notice.ts';
import { createTranslator } from '../../../shared/i18n/index.ts';
import type { NoticeEvent } from '../../../shared/scheduler-types.ts';
import { FakeNotification, resetFakeElectron, setFakePlatform } from '../fakes/fake-electron.ts';

vi.mock('electron', async () => (await import('../fakes/fake-electron.ts')).electronModule);

const event: NoticeEvent = {
  type: 'notice',
  kind: 'stretch',
  dueAtWallMs: 0,
  leadMs: 30_000,
  canPostpone: true,
  canSkip: true,
};

beforeEach(() => resetFakeElectron());

function notifier(platform: 'darwin' | 'win32' | 'linux') {
  // The fake Electron plays the same platform, so it refuses events that platform never sends.
  setFakePlatform(platform === 'linux' ? { os: 'linux', session: 'x11' } : { os: platform });
  const actions: NoticeAction[] = [];
  let windows = 0;
  const n = createBreakNotifier({
    platform,
    log: createMemoryLogger(),
    showNoticeWindow: () => (windows += 1),
    onAction: (action) => actions.push(action),
  });
  return { n, actions, windows: () => windows };
}

describe('break notice', () => {
  it('on Windows and macOS: an OS notification whose buttons act on the break', () => {
    const { n, actions, windows } = notifier('darwin');
    expect(n.show(event, createTranslator('nl'), 5)).toBe('notification');
    const shown = FakeNotification.all[0] as FakeNotification;
    expect(shown.options.body).toContain('rekpauze');
    expect(shown.options.actions?.map((a) => a.text)).toEqual(['Nu beginnen', 'Over 5 minuten', 'Overslaan']);
    shown.pressAction(1);
    shown.pressAction(2);
    shown.pressAction(0);
    expect(actions).toEqual(['postpone', 'skip', 'start']);
    expect(windows()).toBe(0);
  });

  it('in strict mode offers only Start now', () => {
    const { n } = notifier('win32');
    n.show({ ...event, canPostpone: false, canSkip: false }, createTranslator('en'), 5);
    expect((FakeNotification.all[0] as FakeNotification).options.actions?.map((a) => a.text)).toEqual([
      'Start now',
    ]);
  });

  it('on Linux, or without notification support, falls back to the notice window', () => {
    const linux = notifier('linux');
    expect(linux.n.show(event, createTranslator('en'), 5)).toBe('window');
    expect(linux.windows()).toBe(1);
    FakeNotification.supported = false;
    const mac = notifier('darwin');
    expect(mac.n.show(event, createTranslator('en'), 5)).toBe('window');
    expect(FakeNotification.all).toHaveLength(0);
  });

  it('a notification that fails to show hands over to the notice window', () => {
    const { n, windows } = notifier('win32');
    n.show(event, createTranslator('en'), 5);
    (FakeNotification.all[0] as FakeNotification).emit('failed', {}, 'no toast service');
    expect(windows()).toBe(1);
  });
});
