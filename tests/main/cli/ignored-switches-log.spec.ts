import { describe, expect, it } from 'vitest';
import { createIgnoredSwitchesLog } from '../../../main/cli/ignored-switches-log.ts';
import { createMemoryLogger } from '../../../main/logger.ts';

describe('switches left to Chromium', () => {
  it('are logged once per switch name, however often launches repeat them', () => {
    const log = createMemoryLogger();
    const note = createIgnoredSwitchesLog(log);
    note(['--password-store=basic', '--disable-gpu-sandbox']);
    note(['--password-store=gnome-libsecret', '--ozone-platform-hint=auto']);
    note(['--disable-gpu-sandbox']);
    note([]);
    expect(log.lines).toEqual([
      'info command line: left to Chromium, not ours: --password-store=basic --disable-gpu-sandbox',
      'info command line: left to Chromium, not ours: --ozone-platform-hint=auto',
    ]);
  });

  it('keeps a log line short whatever the launcher passes', () => {
    const log = createMemoryLogger();
    createIgnoredSwitchesLog(log)([`--x-${'a'.repeat(10_000)}`]);
    expect(log.lines[0]?.length).toBeLessThan(200);
  });
});
