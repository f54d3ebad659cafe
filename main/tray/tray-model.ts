import { holdingText } from '../../shared/busy-text.ts';
import type { Locale, MessageKey, Translate } from '../../shared/i18n/index.ts';
import type { BreakKind, SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import { dayKeyIn } from '../../shared/time/local-time.ts';

/**
 * What the tray shows, as plain data computed from the scheduler snapshot. The Electron adapter
 * only copies it onto the real Tray, and only the parts that changed.
 */

export type TrayIconState = 'active' | 'soon' | 'paused';

export type TrayCommand =
  | 'open'
  | 'breathe-now'
  | 'stretch-now'
  | 'floor-now'
  | 'skip-next'
  | 'pause-30'
  | 'pause-60'
  | 'pause-120'
  | 'pause-tomorrow'
  | 'pause-indefinitely'
  | 'resume'
  | 'checkin'
  | 'statistics'
  | 'preferences'
  | 'toggle-autostart'
  | 'about'
  | 'quit';

export type TrayMenuItem =
  | { readonly type: 'separator' }
  | { readonly type: 'status'; readonly label: string }
  | {
      readonly type: 'command';
      readonly command: TrayCommand;
      readonly label: string;
      readonly enabled: boolean;
    }
  | {
      readonly type: 'checkbox';
      readonly command: TrayCommand;
      readonly label: string;
      readonly checked: boolean;
    }
  | { readonly type: 'submenu'; readonly label: string; readonly items: readonly TrayMenuItem[] };

export interface TrayModel {
  readonly icon: TrayIconState;
  readonly tooltip: string;
  /** macOS text beside the icon; empty when off or elsewhere. */
  readonly title: string;
  readonly menu: readonly TrayMenuItem[];
}

export interface TrayModelInput {
  readonly snapshot: SchedulerSnapshot;
  readonly nowWallMs: number;
  readonly locale: Locale;
  readonly t: Translate;
  readonly timeZone: string;
  readonly platform: NodeJS.Platform;
  readonly autostart: { readonly supported: boolean; readonly enabled: boolean };
  readonly countdownTitle: boolean;
}

const MINUTE_MS = 60_000;
/** The icon turns to "soon" in the last minute before a break. */
export const SOON_THRESHOLD_MS = MINUTE_MS;

/** Whole minutes shown for a countdown: 11 min 1 s left reads "12 min", like a kitchen timer. */
export function minutesLeft(dueInMs: number): number {
  return Math.max(0, Math.ceil(dueInMs / MINUTE_MS));
}

export function trayIconState(snapshot: SchedulerSnapshot): TrayIconState {
  if (snapshot.paused || snapshot.state === 'paused' || snapshot.state === 'outside-hours') return 'paused';
  if (snapshot.state === 'notice' || snapshot.state === 'in-break') return 'soon';
  if (snapshot.next && snapshot.next.dueInMs <= SOON_THRESHOLD_MS) return 'soon';
  return 'active';
}

const nextKeys: Readonly<Record<BreakKind, { minutes: MessageKey; soon: MessageKey; now: MessageKey }>> = {
  breathing: {
    minutes: 'tray.tooltip.next-breathing',
    soon: 'tray.tooltip.next-breathing-soon',
    now: 'tray.tooltip.in-breathing',
  },
  stretch: {
    minutes: 'tray.tooltip.next-stretch',
    soon: 'tray.tooltip.next-stretch-soon',
    now: 'tray.tooltip.in-stretch',
  },
};

function clockTime(input: Pick<TrayModelInput, 'locale' | 'timeZone'>, wallMs: number): string {
  return new Intl.DateTimeFormat(input.locale, {
    timeZone: input.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(wallMs);
}

const nextAtKeys: Readonly<Record<BreakKind, MessageKey>> = {
  breathing: 'tray.status.next-breathing-at',
  stretch: 'tray.status.next-stretch-at',
};

/**
 * The status line of the Linux menu. Unlike the tooltip it names the clock time of the next
 * break, not the minutes left, so the menu does not change every minute: rebuilding an attached
 * menu closes it under the user's pointer on StatusNotifierItem hosts.
 */
export function trayMenuStatus(input: TrayModelInput): string {
  const { snapshot } = input;
  const paused = snapshot.paused || snapshot.state === 'paused';
  if (snapshot.current || paused || snapshot.state === 'outside-hours' || !snapshot.next) {
    return trayTooltip(input);
  }
  return input.t(nextAtKeys[snapshot.next.kind], { time: clockTime(input, snapshot.next.dueAtWallMs) });
}

export function pausedUntilText(
  input: Pick<TrayModelInput, 'locale' | 't' | 'timeZone' | 'nowWallMs'>,
  untilWallMs: number,
): string {
  const time = new Intl.DateTimeFormat(input.locale, {
    timeZone: input.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(untilWallMs);
  if (dayKeyIn(untilWallMs, input.timeZone) === dayKeyIn(input.nowWallMs, input.timeZone)) {
    return input.t('tray.tooltip.paused-until', { time });
  }
  const day = new Intl.DateTimeFormat(input.locale, { timeZone: input.timeZone, weekday: 'long' }).format(
    untilWallMs,
  );
  return input.t('tray.tooltip.paused-until-day', { day, time });
}

export function trayTooltip(input: TrayModelInput): string {
  const { snapshot, t } = input;
  if (snapshot.current) return t(nextKeys[snapshot.current.kind].now);
  if (snapshot.paused || snapshot.state === 'paused') {
    return snapshot.pausedUntilWallMs === null
      ? t('tray.tooltip.paused')
      : pausedUntilText(input, snapshot.pausedUntilWallMs);
  }
  if (snapshot.state === 'outside-hours') return t('tray.tooltip.outside-hours');
  // A break is due but waits: say why, rather than a countdown stuck at "less than a minute".
  if (snapshot.state === 'busy') return holdingText(t, snapshot.busy);
  if (!snapshot.next) return t('tray.tooltip.no-breaks');
  const keys = nextKeys[snapshot.next.kind];
  const minutes = minutesLeft(snapshot.next.dueInMs);
  return minutes <= 1 ? t(keys.soon) : t(keys.minutes, { count: minutes });
}

export function trayTitle(input: TrayModelInput): string {
  const { snapshot } = input;
  if (
    input.platform !== 'darwin' ||
    !input.countdownTitle ||
    snapshot.paused ||
    snapshot.state === 'busy' ||
    !snapshot.next ||
    snapshot.current
  ) {
    return '';
  }
  const minutes = minutesLeft(snapshot.next.dueInMs);
  return minutes <= 1 ? input.t('tray.countdown-soon') : input.t('tray.countdown', { count: minutes });
}

function command(command: TrayCommand, label: string, enabled = true): TrayMenuItem {
  return { type: 'command', command, label, enabled };
}

export function trayMenu(input: TrayModelInput): readonly TrayMenuItem[] {
  const { snapshot, t } = input;
  const inBreak = snapshot.current !== null;
  const paused = snapshot.paused || snapshot.state === 'paused';
  const items: TrayMenuItem[] = [];
  // AppIndicator trays on Linux often show no tooltip and may swallow clicks, so the status and
  // a way into the app window live in the menu there.
  if (input.platform === 'linux') {
    items.push({ type: 'status', label: trayMenuStatus(input) }, command('open', t('tray.open')), {
      type: 'separator',
    });
  }
  items.push(
    command('breathe-now', t('tray.breathe-now'), !inBreak),
    command('stretch-now', t('tray.stretch-now'), !inBreak),
    command('floor-now', t('tray.floor-now'), !inBreak),
  );
  if (!snapshot.strict) {
    items.push(
      command(
        'skip-next',
        t('tray.skip-next'),
        !paused && (snapshot.next !== null || snapshot.notice !== null),
      ),
    );
  }
  if (paused) {
    items.push(command('resume', t('tray.resume')));
  } else {
    items.push({
      type: 'submenu',
      label: t('tray.pause'),
      items: [
        command('pause-30', t('tray.pause-30')),
        command('pause-60', t('tray.pause-60')),
        command('pause-120', t('tray.pause-120')),
        command('pause-tomorrow', t('tray.pause-tomorrow')),
        command('pause-indefinitely', t('tray.pause-indefinitely')),
      ],
    });
  }
  items.push(
    { type: 'separator' },
    command('checkin', t('tray.checkin')),
    command('statistics', t('tray.statistics')),
    command('preferences', t('tray.preferences')),
  );
  if (input.autostart.supported) {
    items.push({
      type: 'checkbox',
      command: 'toggle-autostart',
      label: t('tray.start-at-login'),
      checked: input.autostart.enabled,
    });
  }
  items.push({ type: 'separator' }, command('about', t('tray.about')), command('quit', t('tray.quit')));
  return items;
}

export function trayModel(input: TrayModelInput): TrayModel {
  return {
    icon: trayIconState(input.snapshot),
    tooltip: trayTooltip(input),
    title: trayTitle(input),
    menu: trayMenu(input),
  };
}

/**
 * How long until the tray text can next change by itself: the next whole-minute step of the
 * countdown. One timer per minute at most; null when nothing counts down.
 */
export function trayRefreshDelayMs(snapshot: SchedulerSnapshot): number | null {
  if (!snapshot.next || snapshot.paused || snapshot.current) return null;
  const dueInMs = snapshot.next.dueInMs;
  if (dueInMs <= 0) return null;
  const remainder = dueInMs % MINUTE_MS;
  return remainder === 0 ? MINUTE_MS : remainder;
}
