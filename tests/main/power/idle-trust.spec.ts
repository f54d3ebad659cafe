import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../main/logger.ts';
import {
  createTrustedIdleSource,
  WAYLAND_ZERO_SAMPLES,
  WAYLAND_ZERO_WINDOW_MS,
} from '../../../main/power/idle-trust.ts';
import { connectPowerMonitor } from '../../../main/power/power-events.ts';

function setup(sessionType: string | undefined, readings: () => number) {
  let now = 0;
  const log = createMemoryLogger();
  const source = createTrustedIdleSource({
    readIdleSeconds: readings,
    monotonicNowMs: () => now,
    log,
    sessionType,
  });
  return { source, log, advance: (ms: number) => (now += ms) };
}

describe('trusted idle source', () => {
  it('passes real idle readings through', () => {
    let idle = 0;
    const { source } = setup('x11', () => idle);
    idle = 312;
    expect(source.idleSeconds()).toBe(312);
    expect(source.trusted()).toBe(true);
  });

  it('distrusts a reading of 0 taken while the screen has been locked, logs once, and reports active from then on', () => {
    let idle = 0;
    const { source, log } = setup('wayland', () => idle);
    source.probeWhileLocked();
    expect(source.trusted()).toBe(false);
    idle = 900;
    expect(source.idleSeconds()).toBe(0);
    source.probeWhileLocked();
    expect(log.lines.filter((line) => line.includes('stuck at 0'))).toHaveLength(1);
  });

  it('keeps trusting a source that grows while locked', () => {
    const { source } = setup('wayland', () => 95);
    source.probeWhileLocked();
    expect(source.trusted()).toBe(true);
  });

  it('on Wayland, distrusts only a long run of zeros spread over time', () => {
    const { source, advance } = setup('wayland', () => 0);
    const stepMs = WAYLAND_ZERO_WINDOW_MS / (WAYLAND_ZERO_SAMPLES - 1);
    for (let i = 0; i < WAYLAND_ZERO_SAMPLES - 1; i += 1) {
      source.idleSeconds();
      advance(stepMs);
    }
    expect(source.trusted()).toBe(true);
    source.idleSeconds();
    expect(source.trusted()).toBe(false);
  });

  it('on Wayland a single non-zero reading resets the run; on X11 zeros are never suspicious', () => {
    let idle = 0;
    const wayland = setup('wayland', () => idle);
    for (let i = 0; i < WAYLAND_ZERO_SAMPLES * 2; i += 1) {
      idle = i === WAYLAND_ZERO_SAMPLES ? 4 : 0;
      wayland.source.idleSeconds();
      wayland.advance(WAYLAND_ZERO_WINDOW_MS / WAYLAND_ZERO_SAMPLES);
    }
    expect(wayland.source.trusted()).toBe(true);
    const x11 = setup('x11', () => 0);
    for (let i = 0; i < 100; i += 1) {
      x11.source.idleSeconds();
      x11.advance(WAYLAND_ZERO_WINDOW_MS);
    }
    expect(x11.source.trusted()).toBe(true);
  });

  it('treats a throwing or nonsensical reading as untrustworthy instead of crashing', () => {
    expect(setup('x11', () => Number.NaN).source.idleSeconds()).toBe(0);
    const throwing = setup('x11', () => {
      throw new Error('no idle here');
    });
    expect(throwing.source.idleSeconds()).toBe(0);
    expect(throwing.source.trusted()).toBe(false);
  });
});

describe('power monitor connection', () => {
  it('forwards suspend, resume, lock, unlock and shutdown, and disconnects cleanly', () => {
    const monitor = new EventEmitter();
    const calls: string[] = [];
    const disconnect = connectPowerMonitor(monitor as unknown as Electron.PowerMonitor, {
      onSuspend: () => calls.push('suspend'),
      onResume: () => calls.push('resume'),
      onLock: () => calls.push('lock'),
      onUnlock: () => calls.push('unlock'),
      onShutdown: () => calls.push('shutdown'),
    });
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'shutdown'])
      monitor.emit(event);
    expect(calls).toEqual(['suspend', 'resume', 'lock', 'unlock', 'shutdown']);
    disconnect();
    expect(monitor.eventNames()).toEqual([]);
  });
});
