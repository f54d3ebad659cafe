import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { LOCKED_PROBE_AFTER_MS } from '../../../main/power/idle-trust.ts';
import type { Timer } from '../../../main/scheduler/ports.ts';
import { setupPower } from '../../../main/setup/setup-power.ts';

function setup() {
  const calls: string[] = [];
  const armed: { delayMs: number; onFire: () => void }[] = [];
  let cancels = 0;
  const timer: Timer = {
    arm: (delayMs, onFire) => armed.push({ delayMs, onFire }),
    cancel: () => {
      cancels += 1;
    },
  };
  const powerMonitor = new EventEmitter();
  const power = setupPower({
    powerMonitor: powerMonitor as never,
    scheduler: {
      onSuspend: () => calls.push('suspend'),
      onResume: () => calls.push('resume'),
      onLock: () => calls.push('lock'),
      onUnlock: () => calls.push('unlock'),
      onShutdown: () => calls.push('shutdown'),
    },
    checkWallClock: () => calls.push('check clock'),
    afterResume: () => calls.push('after resume'),
    probeWhileLocked: () => calls.push('probe'),
    timer,
  });
  return { calls, armed, cancels: () => cancels, powerMonitor, power };
}

describe('setupPower', () => {
  it('a lock arms the idle probe through the Timer port (no raw setTimeout); an unlock cancels it', () => {
    const { calls, armed, cancels, powerMonitor } = setup();
    powerMonitor.emit('lock-screen');
    expect(calls).toEqual(['lock']);
    expect(armed.map((entry) => entry.delayMs)).toEqual([LOCKED_PROBE_AFTER_MS]);
    armed[0]?.onFire();
    expect(calls).toEqual(['lock', 'probe']);
    powerMonitor.emit('unlock-screen');
    expect(cancels()).toBe(1);
    expect(calls).toEqual(['lock', 'probe', 'check clock', 'unlock']);
  });

  it('re-reads the wall clock before the scheduler hears of a resume, then lets the reminder look again', () => {
    const { calls, powerMonitor } = setup();
    powerMonitor.emit('suspend');
    powerMonitor.emit('resume');
    powerMonitor.emit('shutdown');
    expect(calls).toEqual(['suspend', 'check clock', 'resume', 'after resume', 'shutdown']);
  });

  it('the disposer unsubscribes every power event and cancels a pending probe', () => {
    const { calls, cancels, powerMonitor, power } = setup();
    power.dispose();
    expect(cancels()).toBe(1);
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'shutdown']) {
      expect(powerMonitor.listenerCount(event)).toBe(0);
    }
    powerMonitor.emit('lock-screen');
    expect(calls).toEqual([]);
  });
});
