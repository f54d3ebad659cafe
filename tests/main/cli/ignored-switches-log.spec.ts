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

describe('switches left to Chromium, from a hostile launcher', () => {
  it('stay one line of at most 200 characters however many there are, line breaks escaped', () => {
    const log = createMemoryLogger();
    const note = createIgnoredSwitchesLog(log);
    note(Array.from({ length: 1000 }, (_, i) => `--switch-${i}=\n[error] forged`));
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]?.length).toBeLessThanOrEqual('info '.length + 200);
    expect(log.lines[0]).not.toContain('\n');
    expect(log.lines[0]).toContain('\\u000a');
  });

  it('remember few names, so endless new ones cannot grow memory (still logged, still bounded)', () => {
    const log = createMemoryLogger();
    const note = createIgnoredSwitchesLog(log);
    for (let i = 0; i < 200; i += 1) note([`--flood-${i}`]);
    note(['--flood-199']);
    expect(log.lines).toHaveLength(201);
  });
});
