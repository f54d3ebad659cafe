import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dbus from 'dbus-next';

/**
 * A private session bus: Debian's real dbus-daemon with a config of our own (no activatable
 * services from /usr/share, so a missing service stays missing), one per test file. Stand-in
 * desktop services are exported on it with dbus-next's service side.
 */

export interface PrivateBus {
  readonly address: string;
  /** A connection that owns `name` (a stand-in service). */
  serve(name: string): Promise<dbus.MessageBus>;
  stop(): Promise<void>;
}

const CONFIG = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

export async function startPrivateBus(): Promise<PrivateBus> {
  const dir = await mkdtemp(join(tmpdir(), 'br-dbus-'));
  const config = join(dir, 'bus.conf');
  await writeFile(config, CONFIG.replace('DIR', dir));
  const daemon: ChildProcess = spawn(
    'dbus-daemon',
    ['--config-file', config, '--nofork', '--nopidfile', '--print-address=1'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const address = await new Promise<string>((resolve, reject) => {
    let text = '';
    daemon.once('error', reject);
    daemon.once('exit', (code) => reject(new Error(`dbus-daemon exited with ${String(code)}`)));
    daemon.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n')[0];
      if (text.includes('\n') && line) resolve(line.trim());
    });
  });
  const connections: dbus.MessageBus[] = [];
  return {
    address,
    serve: async (name) => {
      const bus = dbus.sessionBus({ busAddress: address });
      connections.push(bus);
      const reply = await bus.requestName(name, dbus.NameFlag.DO_NOT_QUEUE);
      if (reply !== dbus.RequestNameReply.PRIMARY_OWNER) throw new Error(`could not own ${name}`);
      return bus;
    },
    stop: async () => {
      for (const bus of connections) bus.disconnect();
      const exited = new Promise((resolve) => daemon.once('exit', resolve));
      daemon.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
