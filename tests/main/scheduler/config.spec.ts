import { describe, expect, it } from 'vitest';
import {
  assertValidSchedulerConfig,
  SchedulerError,
  schedulerConfigFromSettings,
} from '../../../main/scheduler/index.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';
import { configWith } from './config-helpers.ts';

describe('schedulerConfigFromSettings', () => {
  it('turns the default settings into milliseconds', () => {
    const config = schedulerConfigFromSettings(DEFAULT_SETTINGS);
    expect(config.breathing).toEqual({
      enabled: true,
      intervalMs: 1_500_000,
      durationMs: 60_000,
      patternId: 'belly',
    });
    expect(config.stretch).toEqual({ enabled: true, intervalMs: 5_400_000, durationMs: 300_000 });
    expect(config.noticeLeadMs).toBe(30_000);
    expect(config.postponeMs).toBe(300_000);
    expect(config.postponeLimit).toBe(3);
    expect(config.strict).toBe(false);
    expect(config.workingHours).toBeNull();
    expect(config.longIdleMs).toBe(300_000);
    expect(config.minLockMs).toBe(120_000);
    expect(config.typingGraceMs).toBe(30_000);
    expect(config.absorbWindowMs).toBe(300_000);
    expect(config.minGapMs).toBe(180_000);
  });

  it('maps enabled working hours and a disabled notice', () => {
    const config = schedulerConfigFromSettings({
      ...DEFAULT_SETTINGS,
      notice: { enabled: false, leadSeconds: 30 },
      workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true },
    });
    expect(config.noticeLeadMs).toBe(0);
    expect(config.workingHours).toEqual({ days: [1, 2, 3, 4, 5], startMinutes: 540, endMinutes: 1050 });
  });
});

describe('assertValidSchedulerConfig', () => {
  it('accepts the defaults and names every bad field', () => {
    expect(() => assertValidSchedulerConfig(configWith())).not.toThrow();
    let caught: unknown;
    try {
      assertValidSchedulerConfig(configWith({ breathing: { intervalMs: -1 }, minGapMs: Number.NaN }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchedulerError);
    expect((caught as SchedulerError).code).toBe('invalid-config');
    expect((caught as SchedulerError).message).toContain('breathing.intervalMs');
    expect((caught as SchedulerError).message).toContain('minGapMs');
  });
});
