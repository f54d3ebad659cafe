/**
 * The XDG autostart entry, built as text so it can be checked with desktop-file-validate.
 * Quoting follows the Desktop Entry Specification's Exec rules.
 */

export const AUTOSTART_FILE_NAME = 'breathing-room.desktop';
export const HIDDEN_FLAG = '--hidden';

// Characters that force an Exec argument into double quotes (spec: "reserved characters").
const reserved = /[\s"'\\><~|&;$*?#()`]/;

/** One argument of an Exec line, quoted and escaped as the spec requires. */
export function quoteExecArgument(argument: string): string {
  // "%" starts a field code; a literal one is written "%%" (quoted or not).
  const percentSafe = argument.replaceAll('%', '%%');
  if (percentSafe !== '' && !reserved.test(percentSafe)) return percentSafe;
  // Inside quotes, backslash, double quote, backtick and dollar are escaped with a backslash...
  const quoted = `"${percentSafe.replace(/([\\"`$])/g, '\\$1')}"`;
  // ...and the string-value escape rule then doubles every backslash once more.
  return quoted.replaceAll('\\', '\\\\');
}

export interface DesktopEntryOptions {
  /** The program to run: $APPIMAGE when running from an AppImage, else the executable. */
  readonly command: string;
  readonly args: readonly string[];
  readonly name: string;
  readonly comment: string;
  readonly icon: string;
}

export function desktopEntry(options: DesktopEntryOptions): string {
  const exec = [options.command, ...options.args].map(quoteExecArgument).join(' ');
  const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.4',
    `Name=${oneLine(options.name)}`,
    `Comment=${oneLine(options.comment)}`,
    `Exec=${exec}`,
    `Icon=${oneLine(options.icon)}`,
    'Terminal=false',
    'Categories=Utility;',
    'StartupNotify=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Which program autostart should launch: the AppImage file itself, since the mount path changes every run. */
/**
 * Chromium's switch for the X11 backend. The packaged app's launchers pass it (electron-builder's
 * linux.executableArgs), so on a Wayland session it runs through XWayland, where it can place its
 * windows, keep a break on top and give it focus; on an X11 session it changes nothing.
 */
export const XWAYLAND_FLAG = '--ozone-platform=x11';

export function autostartCommand(options: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly execPath: string;
  readonly isPackaged: boolean;
  readonly appPath: string;
  /** Start through XWayland, like the menu launcher (off when the user chose native Wayland). */
  readonly throughXWayland: boolean;
}): { readonly command: string; readonly args: readonly string[] } {
  const ozone = options.isPackaged && options.throughXWayland ? [XWAYLAND_FLAG] : [];
  const appImage = options.env.APPIMAGE;
  if (appImage?.startsWith('/')) return { command: appImage, args: [...ozone, HIDDEN_FLAG] };
  // Unpackaged (development) runs need the app folder as the first argument to electron.
  const appArgs = options.isPackaged ? [] : [options.appPath];
  return { command: options.execPath, args: [...appArgs, ...ozone, HIDDEN_FLAG] };
}

/** $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when it is unset, empty or relative (as the spec says). */
export function autostartDirectory(
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string,
): string {
  const configHome = env.XDG_CONFIG_HOME;
  const base = configHome?.startsWith('/') ? configHome : `${homeDir.replace(/\/+$/, '')}/.config`;
  return `${base.replace(/\/+$/, '')}/autostart`;
}
