import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCameraDeviceProbe } from '../../../../main/busy/probes/camera-device-probe.ts';

// A /dev-like folder of our own stands in for /dev (there is no camera here); processes and
// their descriptors are real, read from the real /proc.
let dir: string;
let dev: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'br-camera-'));
  dev = join(dir, 'dev');
  await mkdir(dev);
  for (const name of ['video0', 'video1', 'media0', 'null']) await writeFile(join(dev, name), '');
});

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }
  await rm(dir, { recursive: true, force: true });
});

/** Another process that opens `path` and keeps it open, as a call app keeps its camera. */
async function holdOpen(path: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `require('fs').openSync(${JSON.stringify(path)}, 'r'); console.log('open'); setInterval(() => {}, 1e6);`,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  children.push(child);
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  return child;
}

describe('camera in use (Linux /dev/video* held open)', () => {
  it('a video device held open by another process is a call; closing it ends it', async () => {
    const probe = createCameraDeviceProbe({ devRoot: dev });
    expect(await probe.read()).toEqual({ on: [] });
    const app = await holdOpen(join(dev, 'video1'));
    expect(await probe.read()).toEqual({ on: ['call'] });
    const exited = new Promise((resolve) => app.once('exit', resolve));
    app.kill('SIGKILL');
    await exited;
    expect(await probe.read()).toEqual({ on: [] });
  });

  it('other devices held open (a media controller, /dev/null) are not a camera', async () => {
    const probe = createCameraDeviceProbe({ devRoot: dev });
    await holdOpen(join(dev, 'media0'));
    await holdOpen(join(dev, 'null'));
    expect(await probe.read()).toEqual({ on: [] });
  });

  it('our own process holding the device does not count', async () => {
    const handle = await open(join(dev, 'video0'), 'r');
    try {
      expect(await createCameraDeviceProbe({ devRoot: dev }).read()).toEqual({ on: [] });
      expect(await createCameraDeviceProbe({ devRoot: dev, ownPid: -1 }).read()).toEqual({ on: ['call'] });
    } finally {
      await handle.close();
    }
  });

  it('no video device at all: not busy, without walking /proc', async () => {
    const empty = join(dir, 'empty-dev');
    await mkdir(empty);
    const probe = createCameraDeviceProbe({ devRoot: empty, procRoot: join(dir, 'no-proc') });
    expect(await probe.read()).toEqual({ on: [] });
  });

  it('processes that vanish or cannot be read are passed over (a proc tree with gaps)', async () => {
    const proc = join(dir, 'proc');
    await mkdir(join(proc, '100', 'fd'), { recursive: true });
    await symlink(join(dev, 'null'), join(proc, '100', 'fd', '0'));
    await mkdir(join(proc, '101'), { recursive: true });
    await writeFile(join(proc, '102'), 'not a process folder');
    await mkdir(join(proc, 'self', 'fd'), { recursive: true });
    await symlink(join(dev, 'video0'), join(proc, 'self', 'fd', '9'));
    await mkdir(join(proc, '103', 'fd'), { recursive: true });
    await symlink(join(dir, 'gone'), join(proc, '103', 'fd', '3'));
    const probe = createCameraDeviceProbe({ devRoot: dev, procRoot: proc });
    expect(await probe.read()).toEqual({ on: [] });
    await mkdir(join(proc, '104', 'fd'), { recursive: true });
    await symlink(join(dev, 'video0'), join(proc, '104', 'fd', '17'));
    expect(await probe.read()).toEqual({ on: ['call'] });
  });

  it('a /dev that cannot be listed makes the read fail (the monitor reports unknown)', async () => {
    await expect(createCameraDeviceProbe({ devRoot: join(dir, 'missing') }).read()).rejects.toThrow(/ENOENT/);
  });

  it('is sampled (no platform signal) with a longer bound than D-Bus reads', () => {
    const probe = createCameraDeviceProbe();
    expect(probe.watch).toBeUndefined();
    expect(probe.timeoutMs).toBe(1000);
  });
});
