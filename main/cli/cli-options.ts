import { PAUSE_MINUTES } from '../../shared/domain/limits.ts';

/** The command-line options, as data: the parser and the help text both read this table. */
export type CliFlag =
  | 'breathe'
  | 'stretch'
  | 'pause'
  | 'resume'
  | 'preferences'
  | 'quit'
  | 'status'
  | 'help'
  | 'version'
  | 'hidden';

export interface CliOption {
  readonly flag: CliFlag;
  readonly short?: string;
  /** 'none': a bare switch; 'optional'/'required': takes one value. */
  readonly value: 'none' | 'optional' | 'required';
  readonly valueName?: string;
  readonly description: string;
}

/** The panel's and IPC's bound: the command line pauses exactly as long as they may. */
export const PAUSE_MINUTES_MIN = PAUSE_MINUTES.min;
export const PAUSE_MINUTES_MAX = PAUSE_MINUTES.max;

export const CLI_OPTIONS: readonly CliOption[] = [
  {
    flag: 'breathe',
    value: 'optional',
    valueName: 'pattern',
    description: 'Start a breathing break now, with the given pattern or your default one.',
  },
  { flag: 'stretch', value: 'none', description: 'Start a stretch break now.' },
  {
    flag: 'pause',
    value: 'required',
    valueName: 'minutes',
    description: `Pause breaks for ${PAUSE_MINUTES_MIN} to ${PAUSE_MINUTES_MAX} minutes.`,
  },
  { flag: 'resume', value: 'none', description: 'Resume breaks after a pause.' },
  { flag: 'preferences', value: 'none', description: 'Open the preferences window.' },
  { flag: 'quit', value: 'none', description: 'Quit the running app.' },
  {
    flag: 'status',
    value: 'none',
    description: 'Print whether breaks are paused, the next break and why breaks are held.',
  },
  {
    flag: 'hidden',
    value: 'none',
    description: 'Start in the tray without opening a window (used at login).',
  },
  { flag: 'help', short: 'h', value: 'none', description: 'Show this help.' },
  { flag: 'version', short: 'v', value: 'none', description: 'Show the version.' },
];

/**
 * Switches Chromium and Electron add to a second instance's argv (electron/electron#20322,
 * #32933) or that the OS passes at launch; they are dropped, never reported as unknown.
 */
export const IGNORED_SWITCHES: ReadonlySet<string> = new Set([
  'allow-file-access-from-files',
  'original-process-start-time',
  'enable-avfoundation',
  'no-sandbox',
  'enable-logging',
  'v',
  'vmodule',
  'enable-features',
  'disable-features',
  'disable-gpu',
  'ozone-platform',
  'ozone-platform-hint',
  'enable-wayland-ime',
  'force-device-scale-factor',
  'lang',
  'user-data-dir',
  'inspect',
  'inspect-brk',
  'remote-debugging-port',
]);
