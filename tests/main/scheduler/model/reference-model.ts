import { BUSY_TUNING } from '../../../../main/busy/busy-policy.ts';
import { BUSY_CHECK_WAIT_MS } from '../../../../main/scheduler/deadlines.ts';
import {
  createScheduler,
  createWallDriftWatch,
  isSchedulerError,
  type Scheduler,
  type SchedulerConfig,
  type SchedulerDeps,
  type SchedulerEvent,
  type SchedulerSnapshot,
} from '../../../../main/scheduler/index.ts';
import type { BusyReading } from '../../../../main/scheduler/scheduler.ts';
import type { BusyReason } from '../../../../shared/domain/busy.ts';
import { createSimulatedClock } from '../fakes.ts';
import { CONFIG_VARIANTS } from './configs.ts';
import { type Activity, type BusyAnswers, describeStep, formatDuration, type Step } from './steps.ts';

/**
 * The reference model: the test's own, independent idea of the world the scheduler lives in (what
 * is locked, asleep, paused, when the user touched the keyboard, how much real time passed, which
 * breaks are open) and the invariants issue #10 asks for, checked after every step and at every
 * event. It drives the real scheduler wired as main wires it (the wall-drift watch around its
 * timer, checked again on resume and unlock).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const ZONE = 'Europe/Amsterdam';
/** Friday 2026-03-27 00:00 in Amsterdam; runs start up to a week later, across the spring DST change. */
const BASE_WALL_MS = Date.UTC(2026, 2, 26, 23, 0);
// Idle has whole-second resolution and the scheduler treats input within 1.5 s of an absence's start as the same.
const IDLE_TOLERANCE_MS = 2500;

export interface ScenarioSetup {
  /** Index into CONFIG_VARIANTS. */
  readonly configVariant: number;
  /** Whether the monotonic clock runs during sleep (Windows) or stands still (Linux, macOS). */
  readonly monotonicInSleep: 'runs' | 'frozen';
  /** Minutes after Friday 00:00 local at which the run starts. */
  readonly startOffsetMinutes: number;
}

export interface ScenarioFailure {
  /** Index of the step after (or during) which an invariant broke. */
  readonly stepIndex: number;
  readonly message: string;
}

export interface ScenarioResult {
  readonly failure: ScenarioFailure | null;
  readonly counts: { scheduled: number; natural: number; manual: number; held: number; quiet: number };
}

/** Lets a test run the model against a deliberately broken scheduler, to see what a failure prints. */
export type SchedulerFactory = (deps: SchedulerDeps) => Scheduler;

class Violation extends Error {}

const CLOCK_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const LOCAL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Input from `fromReal` to `toReal` on the model's real clock (which, unlike the monotonic one, runs through every sleep). */
interface InputMark {
  readonly fromReal: number;
  readonly toReal: number;
}

/** A sign of the user (input, a command, unlock, wake-up, a break ending), on the real clock. */
interface Marker {
  readonly real: number;
  readonly seq: number;
}

export function runScenario(
  setup: ScenarioSetup,
  steps: readonly Step[],
  factory: SchedulerFactory = createScheduler,
): ScenarioResult {
  const clock = createSimulatedClock({
    wallMs: BASE_WALL_MS + setup.startOffsetMinutes * MINUTE,
    timeZone: ZONE,
  });
  const monoRuns = setup.monotonicInSleep === 'runs';
  let config: SchedulerConfig = (CONFIG_VARIANTS[setup.configVariant] ?? CONFIG_VARIANTS[0])
    ?.config as SchedulerConfig;

  // --- The world as the model sees it ---
  let real = 0;
  const checkpoints: { mono: number; real: number }[] = [{ mono: clock.monotonic.nowMs(), real: 0 }];
  /**
   * The real time of a monotonic instant. A frozen sleep gives one monotonic instant two real
   * times (before and after it); `latest` picks which, so each check can take the reading most
   * favourable to the scheduler and flag only what is wrong either way.
   */
  const realOf = (mono: number, latest: boolean) => {
    let best = checkpoints[0] as { mono: number; real: number };
    for (const cp of checkpoints) if (cp.mono < mono || (latest && cp.mono === mono)) best = cp;
    return best.real + (mono - best.mono);
  };
  let typingUntilMono = clock.monotonic.nowMs();
  let distrusted = false;
  let locked = false;
  let suspended = false;
  let pausedUntil: { mono: number } | { wall: number } | 'resume' | null = null;
  let open: { kind: string; source: string } | null = null;
  let lastShownEndMono: number | null = null;
  let noticeAllowanceMs = 0;
  // The user is at the machine when the app starts.
  const inputs: InputMark[] = [{ fromReal: 0, toReal: 0 }];
  const markers: Marker[] = [];
  /** Stretches between signs of the user (named by the sign that began them) that earned their credit. */
  const creditedStretches = new Set<number>();
  let seq = 0;
  const counts = { scheduled: 0, natural: 0, manual: 0, held: 0, quiet: 0 };
  const now = () => clock.monotonic.nowMs();

  // --- Busy: what is going on (the world), what main last told the scheduler, how main answers ---
  const busyWorld = new Map<BusyReason, { sampled: boolean }>();
  let busyAnswers: BusyAnswers = 'at once';
  let busyWatched = false;
  let lateCheck = false;
  /** When the scheduler last asked for a reading that has not come yet. */
  let busyAskedAt: number | null = null;
  let told: BusyReading = { active: [], sampled: false };
  /** A notice is on screen (it may turn into its break even if a reason starts meanwhile). */
  let noticeUp = false;
  /** The current hold: when its first busy-held came, and how many quiet notices it gave. */
  let holdSince: number | null = null;
  let quietNotices = 0;
  let holdKind: string | null = null;
  const endHold = () => {
    holdSince = null;
    holdKind = null;
    quietNotices = 0;
  };
  const toldBusy = () => told.active.length > 0;
  const busyReading = (): BusyReading => ({
    active: [...busyWorld.keys()],
    sampled: [...busyWorld.values()].some((r) => r.sampled),
  });
  /** Main tells the scheduler a reading (a signal, or the answer to a busy-check). */
  const tellBusy = (reading: BusyReading) => {
    // What the scheduler emits while taking the reading already happens under it.
    const before = told;
    told = reading;
    busyAskedAt = null;
    if (!act(() => s.setBusy(reading))) told = before;
  };
  /** A late answer arrives at the model's next look (after a time slice or before the next step). */
  const answerLate = () => {
    if (!lateCheck) return;
    lateCheck = false;
    tellBusy(busyReading());
  };

  const check = (ok: boolean, what: () => string) => {
    if (!ok) throw new Violation(what());
  };

  /** The user types for `ms` from now (0: one key press). */
  const addInput = (ms: number) => {
    inputs.push({ fromReal: real, toReal: real + ms });
    if (inputs.length > 64) inputs.shift();
    typingUntilMono = Math.max(typingUntilMono, now() + ms);
    addMarker();
  };
  const addMarker = () => {
    markers.push({ real, seq: ++seq });
    if (markers.length > 256) markers.shift();
  };

  const idle = {
    idleSeconds: () => {
      if (distrusted) return null;
      const t = now();
      return Math.floor((t - Math.min(t, typingUntilMono)) / 1000);
    },
  };

  const isPaused = () =>
    pausedUntil === 'resume' ||
    (pausedUntil !== null &&
      ('mono' in pausedUntil ? now() < pausedUntil.mono : clock.wall.nowMs() < pausedUntil.wall));

  function onNatural(event: Extract<SchedulerEvent, { type: 'break-ended' }>): void {
    counts.natural += 1;
    check(open === null, () => 'a natural credit while a break window is open');
    const t = now();
    const seenUntil = event.endedAtWallMs - (clock.wall.nowMs() - t);
    check(
      seenUntil <= t,
      () => `a natural credit for an absence ending in the future (${formatDuration(seenUntil - t)})`,
    );
    // Nothing credited while input was seen: the absence it stands for had no input for the break's length.
    const seenReal = realOf(seenUntil, true);
    const seenRealEarliest = realOf(seenUntil, false);
    let lastInputReal = Number.NEGATIVE_INFINITY;
    for (const mark of inputs) {
      // Input at the very instant of the last look may have come after it.
      if (mark.fromReal >= seenRealEarliest) continue;
      check(
        mark.toReal <= seenReal + IDLE_TOLERANCE_MS,
        () => 'a natural credit for time in which the user was typing',
      );
      lastInputReal = Math.max(lastInputReal, mark.toReal);
    }
    const lengthMs = seenReal - lastInputReal;
    check(
      lengthMs >= event.durationMs - IDLE_TOLERANCE_MS,
      () =>
        `a natural ${event.kind} credit (${formatDuration(event.durationMs)}) for only ${formatDuration(lengthMs)} without input`,
    );
    // One absence, one credit: the stretch since the last sign of the user may earn only one. A sign
    // at the very instant the absence was last seen ends it, so it comes after. At a frozen sleep
    // the absence may have ended before or after it: either reading may claim its stretch.
    const lastSignBefore = (realMs: number) => {
      let key = 0;
      let keyReal = Number.NEGATIVE_INFINITY;
      for (const marker of markers) {
        if (
          marker.real < realMs &&
          (marker.real > keyReal || (marker.real === keyReal && marker.seq > key))
        ) {
          key = marker.seq;
          keyReal = marker.real;
        }
      }
      return key;
    };
    const free = [lastSignBefore(seenRealEarliest), lastSignBefore(seenReal)].find(
      (key) => !creditedStretches.has(key),
    );
    check(free !== undefined, () => 'one absence earned a second natural credit');
    creditedStretches.add(free ?? 0);
  }

  function onEvent(event: SchedulerEvent): void {
    const t = now();
    switch (event.type) {
      case 'notice':
        check(!locked && !suspended && !isPaused(), () => 'a notice while locked, asleep or paused');
        check(!toldBusy(), () => `a notice while main says busy (${told.active.join(', ')})`);
        noticeUp = true;
        // A notice on screen keeps its lead and grace through a settings change.
        noticeAllowanceMs = event.leadMs + config.typingGraceMs;
        break;
      case 'break-started':
        check(open === null, () => 'a break started while another was open');
        if (event.source === 'scheduled') {
          counts.scheduled += 1;
          check(
            !locked && !suspended && !isPaused(),
            () => 'a scheduled break while locked, asleep or paused',
          );
          const gapMs = lastShownEndMono === null ? Number.POSITIVE_INFINITY : t - lastShownEndMono;
          check(
            gapMs >= config.minGapMs,
            () => `two breaks ${formatDuration(gapMs)} apart, closer than the minimum gap`,
          );
          // A notice already on screen may become its break; nothing else opens while busy.
          check(
            !toldBusy() || noticeUp,
            () => `a break window while main says busy (${told.active.join(', ')})`,
          );
        } else counts.manual += 1;
        open = { kind: event.kind, source: event.source };
        noticeUp = false;
        // Whatever was held is this break now, or was set aside for it.
        endHold();
        break;
      case 'break-ended':
        // The held break ended unseen (skipped, credited): what is held next is a new hold.
        if (open === null && event.kind === holdKind) endHold();
        if (open !== null) {
          check(event.outcome !== 'natural', () => 'a shown break ended as natural');
          check(
            event.kind === open.kind && event.source === open.source,
            () => 'break-ended for another break',
          );
          open = null;
          lastShownEndMono = t;
          addMarker();
        } else if (event.outcome === 'natural') onNatural(event);
        else
          check(
            event.outcome === 'postponed' || event.outcome === 'skipped',
            () => `a break nobody saw ended as ${event.outcome}`,
          );
        break;
      case 'state-changed':
        checkSnapshot(event.snapshot);
        noticeUp = event.snapshot.notice !== null;
        // Running, a notice, or a pause (whose end starts the intervals afresh): no hold goes on.
        if (['running', 'notice', 'paused'].includes(event.snapshot.state)) endHold();
        break;
      case 'busy-check':
        check(busyWatched, () => 'a busy-check although main watches nothing');
        busyAskedAt = t;
        if (busyAnswers === 'at once') tellBusy(busyReading());
        else if (busyAnswers === 'late') lateCheck = true;
        break;
      case 'busy-held':
        check(toldBusy(), () => 'a break held as busy while main says not busy');
        if (holdSince === null) counts.held += 1;
        holdSince ??= t;
        holdKind = event.kind;
        break;
      case 'busy-quiet-notice': {
        quietNotices += 1;
        counts.quiet += 1;
        const heldMs = holdSince === null ? 0 : t - holdSince;
        check(quietNotices === 1, () => 'a second quiet notice for one held break');
        check(
          holdSince === null || heldMs >= BUSY_TUNING.holdCapMs,
          () => `a quiet notice after holding only ${formatDuration(heldMs)}`,
        );
        check(toldBusy(), () => 'a quiet notice while main says not busy');
        break;
      }
    }
  }

  let scheduler: Scheduler | null = null;
  const drift = createWallDriftWatch({
    monotonic: clock.monotonic,
    wall: clock.wall,
    onJump: () => scheduler?.onWallClockChange(),
  });
  const s = factory({
    config,
    monotonic: clock.monotonic,
    wall: clock.wall,
    timer: drift.wrapTimer(clock.timer),
    idle,
    onEvent,
  });
  scheduler = s;

  function checkSnapshot(snap: SchedulerSnapshot): void {
    const states = [
      'running',
      'notice',
      'in-break',
      'paused',
      'idle',
      'suspended',
      'locked',
      'outside-hours',
      'busy',
    ];
    check(states.includes(snap.state), () => `snapshot state ${snap.state}`);
    if (snap.next) {
      check(
        Number.isFinite(snap.next.dueInMs) && snap.next.dueInMs >= 0,
        () => 'snapshot next.dueInMs not a time ahead',
      );
      check(Number.isFinite(snap.next.dueAtWallMs), () => 'snapshot next.dueAtWallMs not finite');
    }
    check(
      (snap.current !== null) === (open !== null),
      () => `snapshot current ${JSON.stringify(snap.current)} but model open ${JSON.stringify(open)}`,
    );
    check(
      snap.notice === null || snap.state === 'notice',
      () => `a notice in the snapshot in state ${snap.state}`,
    );
    check(snap.state !== 'in-break' || snap.current !== null, () => 'in-break without a current break');
    check(snap.state !== 'paused' || snap.paused, () => 'state paused but not paused');
    check(
      Number.isInteger(snap.postponesUsed) &&
        snap.postponesUsed >= 0 &&
        snap.postponesUsed <= snap.postponeLimit,
      () => `postponesUsed ${snap.postponesUsed} of ${snap.postponeLimit}`,
    );
  }

  function invariants(): void {
    // A pause that has run out stays over, even if the wall clock is later set back before its end.
    if (pausedUntil !== null && pausedUntil !== 'resume' && !isPaused()) pausedUntil = null;
    check(clock.armedCount() <= 1, () => `${clock.armedCount()} timers armed`);
    const snap = s.snapshot();
    checkSnapshot(snap);
    if (suspended) check(snap.state === 'suspended', () => `asleep but the snapshot says ${snap.state}`);
    else if (locked) check(snap.state === 'locked', () => `locked but the snapshot says ${snap.state}`);
    else
      check(
        snap.state !== 'locked' && snap.state !== 'suspended',
        () => `awake and unlocked but ${snap.state}`,
      );
    if (!suspended && pausedUntil !== null && (pausedUntil === 'resume' || 'mono' in pausedUntil))
      check(snap.paused === isPaused(), () => `paused ${snap.paused}, model ${isPaused()}`);
    if (suspended || locked) return;
    // Liveness: while nothing blocks, a timer is armed and the next offer is at most one interval away.
    const deadline = clock.deadline();
    const ahead = deadline === null ? null : deadline - now();
    const within = (limitMs: number, what: string) =>
      check(
        ahead !== null && ahead <= limitMs,
        () =>
          `${what}: ${ahead === null ? 'no timer armed' : `timer in ${formatDuration(ahead)}`} (limit ${formatDuration(limitMs)})`,
      );
    const { noticeLeadMs, typingGraceMs } = config;
    const intervals = (['breathing', 'stretch'] as const)
      .filter((k) => config[k].enabled)
      .map((k) => config[k].intervalMs);
    const bound =
      Math.max(...intervals, config.calmAfterWakeMs, config.minGapMs + noticeLeadMs, config.postponeMs) +
      noticeLeadMs +
      typingGraceMs;
    switch (snap.state) {
      case 'running':
        if (intervals.length > 0) {
          check(
            snap.next !== null && snap.next.dueInMs <= bound,
            () =>
              `running, next break ${snap.next ? `in ${formatDuration(snap.next.dueInMs)}` : 'missing'} (limit ${formatDuration(bound)})`,
          );
          within(bound, 'running');
        }
        break;
      case 'notice':
        within(Math.max(noticeLeadMs + typingGraceMs, noticeAllowanceMs), 'notice or typing wait');
        break;
      case 'idle':
        within(config.idleReturnSampleMs, 'away, waiting for the user');
        break;
      case 'in-break':
        within((snap.current?.durationMs ?? 0) + config.breakOverrunMs, 'in a break');
        break;
      case 'outside-hours':
        within(config.wallRecheckMs, 'outside working hours');
        break;
      case 'busy':
        // Busy blocks like a lock does, but only on main's word, and it is looked at again.
        // Main said not busy: the hold may wait only for a reading it asked for, and only 3 s.
        check(
          toldBusy() || (busyAskedAt !== null && now() - busyAskedAt <= BUSY_CHECK_WAIT_MS),
          () => 'the snapshot says busy but main last said not busy',
        );
        if (told.sampled || quietNotices === 0)
          within(BUSY_TUNING.holdCapMs, 'holding a break while busy (next look or the cap)');
        break;
      case 'paused':
        if (snap.pausedUntilWallMs !== null)
          within(
            Math.max(config.wallRecheckMs, snap.pausedUntilWallMs - clock.wall.nowMs()),
            'paused until a time',
          );
        break;
    }
  }

  /** Runs a command the user or the OS gives; SchedulerErrors are refusals and change nothing. */
  function act(command: () => void): boolean {
    try {
      command();
      return true;
    } catch (error) {
      if (isSchedulerError(error)) return false;
      throw error;
    }
  }

  function passTime(ms: number, activity: Activity): void {
    if (suspended) {
      clock.passUnseen(ms, { monotonicAdvances: monoRuns });
      real += ms;
      if (!monoRuns) checkpoints.push({ mono: now(), real });
      return;
    }
    const canType = !locked;
    if (canType && activity === 'typing') addInput(ms);
    else if (canType && activity === 'glance') addInput(0);
    // Small slices, so the invariants also hold in the middle of a long stretch.
    let left = ms;
    while (left > 0) {
      const slice = Math.min(left, 20 * MINUTE);
      clock.advance(slice);
      real += slice;
      left -= slice;
      answerLate();
      invariants();
    }
  }

  function msToNextEdge(offsetMs: number): number {
    const parts = LOCAL_TIME.formatToParts(new Date(clock.wall.nowMs()));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const minute = get('hour') * 60 + get('minute');
    const edges = [9 * 60, 17 * 60 + 30, 24 * 60 + 9 * 60];
    const next = edges.find((e) => e > minute) ?? 24 * 60 + 9 * 60;
    return Math.max(SECOND, (next - minute) * MINUTE + offsetMs);
  }

  function checkTomorrow(): void {
    const until = s.snapshot().pausedUntilWallMs;
    check(
      until !== null && until > clock.wall.nowMs(),
      () => 'pause until tomorrow does not end in the future',
    );
    const local = CLOCK_TIME.format(new Date(until ?? 0));
    const office = config.workingHours !== null;
    check(local === (office ? '09:00:00' : '08:00:00'), () => `pause until tomorrow ends at ${local}`);
    // Never a whole day too far: the next morning, or after a weekend the next working morning.
    const limit = (office ? 3 * 24 + 1 : 25) * HOUR;
    check(
      (until ?? 0) - clock.wall.nowMs() <= limit,
      () => `pause until tomorrow lasts ${formatDuration((until ?? 0) - clock.wall.nowMs())}`,
    );
    pausedUntil = { wall: until ?? 0 };
  }

  function run(step: Step): void {
    answerLate();
    switch (step.t) {
      case 'time':
        passTime(step.ms, step.activity);
        return;
      case 'edge':
        passTime(msToNextEdge(step.offsetMs), step.activity);
        return;
      case 'input':
        if (!locked && !suspended) addInput(0);
        break;
      case 'lock':
        if (locked) return;
        act(() => s.onLock());
        locked = true;
        break;
      case 'unlock':
        if (!locked || suspended) return;
        drift.check();
        // Whatever the unlock itself emits already happens unlocked.
        locked = false;
        act(() => s.onUnlock());
        addMarker();
        // Typing the password is input.
        addInput(0);
        break;
      case 'suspend':
        if (suspended) return;
        act(() => s.onSuspend());
        suspended = true;
        break;
      case 'resume':
        if (!suspended) return;
        drift.check();
        suspended = false;
        act(() => s.onResume());
        addMarker();
        break;
      case 'unreported-sleep':
        if (suspended) return;
        clock.passUnseen(step.ms, { monotonicAdvances: monoRuns });
        real += step.ms;
        if (!monoRuns) checkpoints.push({ mono: now(), real });
        clock.advance(0);
        break;
      case 'stall':
        if (suspended) return;
        if (step.typing && !locked) addInput(step.ms);
        clock.passUnseen(step.ms, { monotonicAdvances: true });
        real += step.ms;
        clock.advance(0);
        break;
      case 'wall-jump':
        if (suspended) return;
        clock.jumpWall(step.ms);
        if (step.notify) drift.check();
        break;
      case 'postpone':
        act(() => s.postpone());
        addMarker();
        break;
      case 'skip':
        act(() => s.skip());
        addMarker();
        break;
      case 'pause': {
        const request = step.request;
        if (act(() => s.pause(request))) {
          if (request === 'indefinitely') pausedUntil = 'resume';
          else if (request === 'tomorrow') checkTomorrow();
          else pausedUntil = { mono: now() + request * MINUTE };
        }
        addMarker();
        break;
      }
      case 'resume-pause':
        // Whatever the resume itself emits already happens unpaused.
        pausedUntil = null;
        act(() => s.resume());
        addMarker();
        break;
      case 'config': {
        const next = CONFIG_VARIANTS[step.variant]?.config;
        if (next && act(() => s.updateConfig(next))) config = next;
        addMarker();
        break;
      }
      case 'start-now':
        act(() => s.startNow(step.kind));
        addMarker();
        break;
      case 'begin':
        act(() => s.beginBreak({ durationMs: step.durationMs }));
        addMarker();
        break;
      case 'complete':
        act(() => s.completeBreak(step.outcome));
        addMarker();
        break;
      case 'activity':
        act(() => s.notifyActivity());
        addMarker();
        break;
      case 'distrust-idle':
        distrusted = true;
        break;
      case 'busy-start': {
        busyAnswers = step.answers;
        busyWorld.set(step.reason, { sampled: step.sampled });
        const onScreen = open;
        // Watching starts with what main knows; a sampled reason is only found by the next look.
        if (!busyWatched) tellBusy(told);
        busyWatched = true;
        if (!step.sampled) tellBusy(busyReading());
        check(
          onScreen === null || (open === onScreen && s.snapshot().current !== null),
          () => 'a break on screen was pulled away when busy started',
        );
        break;
      }
      case 'busy-end': {
        if (busyWorld.size === 0) return;
        const signalled = [...busyWorld.values()].some((r) => !r.sampled);
        busyWorld.clear();
        // A signalled reason's end is told at once; a sampled one is found at the next look.
        if (signalled) tellBusy(busyReading());
        break;
      }
    }
    invariants();
  }

  let stepIndex = -1;
  try {
    s.start();
    addMarker();
    invariants();
    for (stepIndex = 0; stepIndex < steps.length; stepIndex += 1) run(steps[stepIndex] as Step);
    stepIndex = steps.length;
    s.onShutdown();
    check(open === null, () => 'a break still open after shutdown: break-started without break-ended');
    check(clock.armedCount() === 0, () => 'a timer still armed after shutdown');
    return { failure: null, counts };
  } catch (error) {
    const message =
      error instanceof Violation
        ? error.message
        : `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    return { failure: { stepIndex, message }, counts };
  }
}

/** A failing scenario as the steps a person would read, with the broken invariant last. */
export function formatScenario(
  setup: ScenarioSetup,
  steps: readonly Step[],
  failure: ScenarioFailure,
): string {
  const start = new Date(BASE_WALL_MS + setup.startOffsetMinutes * MINUTE).toLocaleString('en-GB', {
    timeZone: ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const name = CONFIG_VARIANTS[setup.configVariant]?.name ?? '?';
  const lines = [
    `Settings "${name}", monotonic clock ${setup.monotonicInSleep} during sleep, starting ${start} (${ZONE}):`,
    ...steps
      .slice(0, failure.stepIndex + 1)
      .map((step, i) => `  ${String(i + 1).padStart(3)}. ${describeStep(step)}`),
    `  ${failure.stepIndex >= steps.length ? 'at shutdown' : '  → '}: ${failure.message}`,
  ];
  return lines.join('\n');
}
