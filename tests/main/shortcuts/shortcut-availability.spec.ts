import { describe, expect, it } from 'vitest';
import {
  shortcutAvailability,
  startedThroughXWayland,
} from '../../../main/shortcuts/shortcut-availability.ts';

const base = {
  platform: 'linux',
  sessionType: 'wayland',
  currentDesktop: 'ubuntu:GNOME',
  throughXWayland: true,
} as const;

describe('global shortcut availability per session', () => {
  it('GNOME on Wayland: unavailable, natively or through XWayland (a grab never fires over Wayland windows, electron#15863)', () => {
    expect(shortcutAvailability(base)).toBe('unavailable-on-wayland');
    expect(shortcutAvailability({ ...base, throughXWayland: false })).toBe('unavailable-on-wayland');
    expect(shortcutAvailability({ ...base, currentDesktop: 'GNOME' })).toBe('unavailable-on-wayland');
  });

  it('KDE on Wayland: available through XWayland, unavailable as a native Wayland client', () => {
    expect(shortcutAvailability({ ...base, currentDesktop: 'KDE' })).toBe('available');
    expect(shortcutAvailability({ ...base, currentDesktop: 'KDE', throughXWayland: false })).toBe(
      'unavailable-on-wayland',
    );
  });

  it('X11 sessions, macOS and Windows: available', () => {
    expect(shortcutAvailability({ ...base, sessionType: 'x11', throughXWayland: false })).toBe('available');
    expect(shortcutAvailability({ ...base, platform: 'darwin', sessionType: undefined })).toBe('available');
    expect(shortcutAvailability({ ...base, platform: 'win32', sessionType: undefined })).toBe('available');
  });

  it('reads XWayland from the --ozone-platform=x11 the packaged launchers pass', () => {
    expect(
      startedThroughXWayland(['/opt/Breathing Room/breathing-room', '--ozone-platform=x11', '--hidden']),
    ).toBe(true);
    expect(startedThroughXWayland(['/opt/Breathing Room/breathing-room', '--hidden'])).toBe(false);
  });
});
