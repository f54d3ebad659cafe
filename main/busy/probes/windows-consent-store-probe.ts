import { execFile } from 'node:child_process';
import type { BusyProbe } from '../busy-probe.ts';

/**
 * Camera or microphone in use on Windows 10 and 11: the capability consent store records, per
 * app, when it last started and stopped using the device; an entry with a start and a stop of
 * 0 is using it now. This is the data behind the "in use" icons in the taskbar and Settings.
 * Read with `reg.exe query` (part of every Windows), which prints each key followed by its
 * values; no signal exists, so the probe is sampled.
 */

export const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
export const CAPABILITIES = ['webcam', 'microphone'] as const;

export type RunReg = (args: readonly string[]) => Promise<string>;

const VALUE_LINE = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+0x([0-9a-fA-F]+)\s*$/;

/** Keys whose LastUsedTimeStart is set and LastUsedTimeStop is 0, from `reg query /s` output. */
export function keysInUse(output: string): string[] {
  const inUse: string[] = [];
  let key: string | null = null;
  let start: bigint | null = null;
  let stop: bigint | null = null;
  const close = () => {
    if (key !== null && start !== null && start > 0n && stop === 0n) inUse.push(key);
  };
  for (const line of output.split(/\r?\n/)) {
    if (line.startsWith('HKEY_')) {
      close();
      key = line.trim();
      start = null;
      stop = null;
      continue;
    }
    const value = VALUE_LINE.exec(line);
    if (!value || key === null) continue;
    const number = BigInt(`0x${value[2]}`);
    if (value[1] === 'LastUsedTimeStart') start = number;
    else stop = number;
  }
  close();
  return inUse;
}

export const runRegExe: RunReg = (args) =>
  new Promise((resolve, reject) => {
    execFile(
      'reg.exe',
      [...args],
      { windowsHide: true, timeout: 2000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });

export function createWindowsConsentStoreProbe(runReg: RunReg = runRegExe): BusyProbe {
  return {
    source: 'windows-consent-store',
    reasons: ['call'],
    // A process start per capability; reg.exe answers in tens of milliseconds, more when loaded.
    timeoutMs: 2000,
    read: async () => {
      // reg.exe exits with 1 when a key does not exist (no app ever asked for the microphone).
      const outputs = await Promise.all(
        CAPABILITIES.map((capability) =>
          runReg(['query', `${CONSENT_STORE}\\${capability}`, '/s']).catch(() => ''),
        ),
      );
      if (!outputs.some((output) => output.includes('HKEY_CURRENT_USER')))
        throw new Error('reg.exe printed no consent store keys');
      return { on: outputs.some((output) => keysInUse(output).length > 0) ? ['call'] : [] };
    },
    dispose: () => {},
  };
}
