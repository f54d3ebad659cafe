import type { Rectangle } from 'electron';
import type { Locale, Translate } from '../../shared/i18n/index.ts';
import type { AutostartState } from '../../shared/ipc-contract.ts';
import type { SchedulerSnapshot } from '../../shared/scheduler-types.ts';
import type { AppCommands } from '../app-commands.ts';
import { startFloorSession } from '../floor-start.ts';
import type { Timer } from '../scheduler/ports.ts';
import {
  type TrayCommand,
  type TrayIconState,
  type TrayModel,
  trayModel,
  trayRefreshDelayMs,
} from './tray-model.ts';

/**
 * Keeps the tray in step with the scheduler: re-renders on every snapshot, and between snapshots
 * only when the minute countdown changes, using a single timer (no per-second polling).
 */

export interface TrayControllerDeps {
  readonly createView: (
    initial: TrayModel,
    onCommand: (command: TrayCommand) => void,
    onClick: (bounds: Rectangle | null) => void,
  ) => TrayViewPort;
  readonly snapshot: () => SchedulerSnapshot;
  readonly locale: () => Locale;
  readonly translator: () => Translate;
  readonly timeZone: () => string;
  readonly wallNowMs: () => number;
  readonly platform: NodeJS.Platform;
  readonly countdownTitle: () => boolean;
  readonly timer: Timer;
  readonly commands: AppCommands;
  readonly togglePanel: (bounds: Rectangle | null) => void;
  readonly onActivity: () => void;
}

export interface TrayViewPort {
  render(model: TrayModel): void;
  destroy(): void;
}

export interface TrayController {
  refresh(snapshot?: SchedulerSnapshot): void;
  setAutostart(state: AutostartState): void;
  current(): TrayModel;
  dispose(): void;
}

export function trayCommandHandler(commands: AppCommands): (command: TrayCommand) => void {
  const handlers: Readonly<Record<TrayCommand, () => unknown>> = {
    open: () => commands.openWindow('preferences'),
    'breathe-now': () => commands.startBreak('breathing'),
    'stretch-now': () => commands.startBreak('stretch'),
    'floor-now': () => startFloorSession(commands),
    'skip-next': () => commands.skip(),
    'pause-30': () => commands.pause({ minutes: 30 }),
    'pause-60': () => commands.pause({ minutes: 60 }),
    'pause-120': () => commands.pause({ minutes: 120 }),
    'pause-tomorrow': () => commands.pause({ until: 'tomorrow' }),
    'pause-indefinitely': () => commands.pause({ until: 'indefinitely' }),
    resume: () => commands.resume(),
    checkin: () => commands.openWindow('checkin'),
    statistics: () => commands.openWindow('statistics'),
    preferences: () => commands.openWindow('preferences'),
    'toggle-autostart': () => commands.toggleAutostart(),
    about: () => commands.openWindow('about'),
    quit: () => commands.quit(),
  };
  return (command) => {
    handlers[command]();
  };
}

export function createTrayController(deps: TrayControllerDeps, autostart: AutostartState): TrayController {
  let autostartState = autostart;
  let model = build(deps.snapshot());
  const onCommand = trayCommandHandler(deps.commands);
  const view = deps.createView(
    model,
    (command) => {
      deps.onActivity();
      onCommand(command);
    },
    (bounds) => {
      deps.onActivity();
      deps.togglePanel(bounds);
    },
  );

  function build(snapshot: SchedulerSnapshot): TrayModel {
    return trayModel({
      snapshot,
      nowWallMs: deps.wallNowMs(),
      locale: deps.locale(),
      t: deps.translator(),
      timeZone: deps.timeZone(),
      platform: deps.platform,
      autostart: autostartState,
      countdownTitle: deps.countdownTitle(),
    });
  }

  function refresh(snapshot = deps.snapshot()): void {
    model = build(snapshot);
    view.render(model);
    const delayMs = trayRefreshDelayMs(snapshot);
    if (delayMs === null) deps.timer.cancel();
    else deps.timer.arm(delayMs, () => refresh());
  }

  refresh();
  return {
    refresh,
    setAutostart(state) {
      autostartState = state;
      refresh();
    },
    current: () => model,
    dispose() {
      deps.timer.cancel();
      view.destroy();
    },
  };
}

export type { TrayIconState };
