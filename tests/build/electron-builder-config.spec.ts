import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { XWAYLAND_FLAG } from '../../main/autostart/desktop-entry.ts';

const root = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as object;

type Section = Record<string, unknown>;
const section = (name: string) => config[name] as Section;

describe('electron-builder.yml', () => {
  it("is valid against app-builder-lib's own schema", () => {
    // The schema uses ajv-keywords' "typeof"; strict mode would reject the unknown keyword.
    const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check really catches mistakes', () => {
    const ajv = new Ajv({ strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate({ ...config, electronFuses: { runAsNod: false } })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });

  it('uses the product identity everywhere', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      name: string;
      productName: string;
    };
    expect(config.appId).toBe('app.breathingroom.desktop');
    expect(config.productName).toBe(pkg.productName);
    expect(section('linux').executableName).toBe(pkg.name);
    // The deb's and AppImage's launchers start it through XWayland on Wayland sessions.
    expect(section('linux').executableArgs).toEqual([XWAYLAND_FLAG]);
  });

  it('sets every fuse the security checklist asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // No cookies to protect, and turning it on can raise a keyring prompt on Linux.
    expect(config.electronFuses).not.toHaveProperty('enableCookieEncryption');
    expect(config.asar).toBe(true);
  });

  it('builds AppImage + deb (Utility), a dmg without Dock icon, and an NSIS installer', () => {
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
    expect(section('linux').category).toBe('Utility');
    expect(section('mac').target).toEqual(['dmg']);
    expect((section('mac').extendInfo as Section).LSUIElement).toBe(true);
    // Action buttons on macOS notifications need the alert style (banners show none).
    expect((section('mac').extendInfo as Section).NSUserNotificationAlertStyle).toBe('alert');
    expect(section('win').target).toEqual(['nsis']);
  });

  it('ships only built output and the tray icons as extra resources', () => {
    expect(config.files).toContain('out/**/*');
    expect(
      (config.files as string[]).some((pattern) => /^(main|renderer|shared|tests)\//.test(pattern)),
    ).toBe(false);
    expect(config.extraResources).toEqual([{ from: 'build/tray', to: 'tray', filter: ['*.png', '*.ico'] }]);
  });

  it('points at icon and entitlement files that exist', () => {
    const paths = [
      section('mac').icon,
      section('mac').entitlements,
      section('win').icon,
      join(section('linux').icon as string, '512x512.png'),
      'build/tray/tray-activeTemplate.png',
      'build/tray/tray-active.ico',
      'build/tray/tray-active.png',
    ];
    for (const path of paths) expect(existsSync(join(root, path as string)), String(path)).toBe(true);
  });
});
