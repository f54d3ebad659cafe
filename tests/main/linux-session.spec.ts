import { describe, expect, it } from 'vitest';
import { nativeWaylandRelaunchArgs } from '../../main/linux-session.ts';

const start = {
  platform: 'linux',
  sessionType: 'wayland',
  argv: ['/opt/Breathing Room/breathing-room', '--ozone-platform=x11', '--hidden'],
  appImage: undefined,
  runNativelyOnWayland: true,
} as const;

describe('native Wayland by choice', () => {
  it('restarts a launch that came through XWayland without the flag, keeping the other arguments', () => {
    expect(nativeWaylandRelaunchArgs(start)).toEqual(['--hidden']);
  });

  it('carries on when the user did not choose it, when already native, or on X11, macOS, Windows', () => {
    expect(nativeWaylandRelaunchArgs({ ...start, runNativelyOnWayland: false })).toBeNull();
    expect(nativeWaylandRelaunchArgs({ ...start, argv: ['/opt/Breathing Room/breathing-room'] })).toBeNull();
    expect(nativeWaylandRelaunchArgs({ ...start, sessionType: 'x11' })).toBeNull();
    expect(nativeWaylandRelaunchArgs({ ...start, platform: 'darwin', sessionType: undefined })).toBeNull();
  });

  it('never restarts an AppImage (the relauncher would lose its FUSE mount)', () => {
    expect(
      nativeWaylandRelaunchArgs({ ...start, appImage: '/home/ann/Apps/Breathing-Room.AppImage' }),
    ).toBeNull();
  });
});
