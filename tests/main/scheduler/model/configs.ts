import type { SchedulerConfig } from '../../../../main/scheduler/index.ts';
import { configWith } from '../config-helpers.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export const OFFICE_HOURS = {
  days: [1, 2, 3, 4, 5],
  startMinutes: 9 * 60,
  endMinutes: 17 * 60 + 30,
} as const;

/** Short cycles, so 300 steps see many breaks, absences and edges. */
const SHORT = {
  breathing: { intervalMs: 4 * MINUTE, durationMs: 30 * SECOND },
  stretch: { intervalMs: 13 * MINUTE, durationMs: 2 * MINUTE },
  longIdleMs: 3 * MINUTE,
  minLockMs: MINUTE,
  postponeMs: 2 * MINUTE,
  noticeLeadMs: 20 * SECOND,
  typingGraceMs: 20 * SECOND,
} as const;

/** The settings a run starts with and may switch between (the "settings change" step). */
export const CONFIG_VARIANTS: readonly { readonly name: string; readonly config: SchedulerConfig }[] = [
  { name: 'defaults', config: configWith() },
  { name: 'defaults, office hours', config: configWith({ workingHours: OFFICE_HOURS }) },
  { name: 'short cycles', config: configWith(SHORT) },
  { name: 'short cycles, office hours', config: configWith({ ...SHORT, workingHours: OFFICE_HOURS }) },
  { name: 'short cycles, strict', config: configWith({ ...SHORT, strict: true }) },
  { name: 'short cycles, no natural breaks', config: configWith({ ...SHORT, naturalBreaks: false }) },
  {
    name: 'short cycles, no long idle, no notice',
    config: configWith({ ...SHORT, longIdleMs: 0, noticeLeadMs: 0 }),
  },
  {
    name: 'short cycles, stretch only, no typing grace',
    config: configWith({ ...SHORT, breathing: { ...SHORT.breathing, enabled: false }, typingGraceMs: 0 }),
  },
];
