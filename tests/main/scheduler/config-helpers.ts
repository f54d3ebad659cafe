import { type SchedulerConfig, schedulerConfigFromSettings } from '../../../main/scheduler/index.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/types.ts';

type Overrides = Partial<Omit<SchedulerConfig, 'breathing' | 'stretch'>> & {
  breathing?: Partial<SchedulerConfig['breathing']>;
  stretch?: Partial<SchedulerConfig['stretch']>;
};

/** The shipped defaults, with the given fields replaced. */
export function configWith(overrides: Overrides = {}): SchedulerConfig {
  const base = schedulerConfigFromSettings(DEFAULT_SETTINGS);
  return {
    ...base,
    ...overrides,
    breathing: { ...base.breathing, ...overrides.breathing },
    stretch: { ...base.stretch, ...overrides.stretch },
  };
}
