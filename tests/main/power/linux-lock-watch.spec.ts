import { describe, expect, it } from 'vitest';
import {
  createLinuxLockWatch,
  LOCK_CHECK_MIN_IDLE_SECONDS,
  type SystemIdleState,
  UNLOCK_POLL_MS,
} from '../../../main/power/linux-lock-watch.ts';

/** A one-shot timer the test fires by hand, counting how often it was armed (the wake-ups). */
function manualTimer() {
  let pending: { delayMs: number; onFire: () => void } | null = null;
  let armed = 0;
  return {
    arm(delayMs: number, onFire: () => void) {
      armed += 1;
      pending = { delayMs, onFire };
    },
    cancel() {
      pending = null;
    },
    pendingDelay: () => pending?.delayMs ?? null,
    fire() {
      const next = pending;
      pending = null;
      next?.onFire();
    },
    armedCount: () => armed,
  };
}

function setup() {
  const world = { idle: 0 as number | null, state: 'active' as SystemIdleState, stateReads: 0 };
  const timer = manualTimer();
  const heard: string[] = [];
  const watch = createLinuxLockWatch({
    idle: { idleSeconds: () => world.idle },
    idleState: () => {
      world.stateReads += 1;
      return world.state;
    },
    timer,
    sink: { onLock: () => heard.push('lock'), onUnlock: () => heard.push('unlock') },
  });
  return { world, timer, heard, watch };
}

describe('Linux lock detection from getSystemIdleState', () => {
  it('never asks for the lock state, nor arms a timer, while idle is short (the user works)', () => {
    const { world, timer, watch } = setup();
    for (const idle of [0, 3, 12, LOCK_CHECK_MIN_IDLE_SECONDS - 1, null]) {
      world.idle = idle;
      watch.idle.idleSeconds();
    }
    expect(world.stateReads).toBe(0);
    expect(timer.armedCount()).toBe(0);
  });

  it('passes the idle reads through unchanged', () => {
    const { world, watch } = setup();
    world.idle = 42;
    expect(watch.idle.idleSeconds()).toBe(42);
    world.idle = null;
    expect(watch.idle.idleSeconds()).toBeNull();
  });

  it('a long idle read on a locked screen tells onLock after the read, then onUnlock once it ends', () => {
    const { world, timer, heard, watch } = setup();
    world.idle = 95;
    world.state = 'locked';
    watch.idle.idleSeconds();
    expect(heard).toEqual([]);
    expect(timer.pendingDelay()).toBe(0);
    timer.fire();
    expect(heard).toEqual(['lock']);
    expect(watch.locked()).toBe(true);
    // Still locked at the first poll; further idle reads change nothing.
    expect(timer.pendingDelay()).toBe(UNLOCK_POLL_MS);
    watch.idle.idleSeconds();
    timer.fire();
    expect(heard).toEqual(['lock']);
    world.state = 'active';
    world.idle = 0;
    timer.fire();
    expect(heard).toEqual(['lock', 'unlock']);
    expect(timer.pendingDelay()).toBeNull();
  });

  it('a long idle read on an unlocked screen is just idle: no lock', () => {
    const { world, timer, heard, watch } = setup();
    world.idle = 600;
    world.state = 'idle';
    watch.idle.idleSeconds();
    expect(world.stateReads).toBe(1);
    expect(timer.armedCount()).toBe(0);
    expect(heard).toEqual([]);
  });

  it('an unknown state after a lock counts as unlocked, so the lock never sticks', () => {
    const { world, timer, heard, watch } = setup();
    world.idle = 120;
    world.state = 'locked';
    watch.idle.idleSeconds();
    timer.fire();
    world.state = 'unknown';
    timer.fire();
    expect(heard).toEqual(['lock', 'unlock']);
  });

  it('after dispose it tells nothing and leaves no timer', () => {
    const { world, timer, heard, watch } = setup();
    world.idle = 120;
    world.state = 'locked';
    watch.idle.idleSeconds();
    watch.dispose();
    timer.fire();
    expect(heard).toEqual([]);
    expect(timer.pendingDelay()).toBeNull();
  });
});
