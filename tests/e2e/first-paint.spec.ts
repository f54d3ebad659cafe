import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ThemeSetting } from '../../shared/settings/types.ts';
import { THEME_BACKGROUNDS, themeBackground } from '../../shared/theme-background.ts';
import { breathingSession, noticeSnapshot } from '../support/break-sessions.ts';
import { closeE2eEnvironment, type OpenPageOptions, openPage } from './support/open-page.ts';

afterAll(closeE2eEnvironment);

/** What one frame was about to paint, read in requestAnimationFrame (just before that frame's paint). */
interface PaintFrame {
  readonly root: string | null;
  readonly body: string | null;
  readonly theme: string | null;
  readonly content: boolean;
}

interface ProbeWindow {
  __frames: PaintFrame[];
}

// Runs before any page script and records every frame from the first one until a few frames after
// the page shows content. Sent as source text; type stripping leaves only erasable syntax.
function paintProbe() {
  const g = globalThis as unknown as ProbeWindow;
  g.__frames = [];
  const tick = () => {
    const root = document.documentElement;
    g.__frames.push({
      root: root ? getComputedStyle(root).backgroundColor : null,
      body: document.body ? getComputedStyle(document.body).backgroundColor : null,
      theme: root?.dataset.theme ?? null,
      content: Boolean(document.getElementById('app')?.firstElementChild),
    });
    if (g.__frames.filter((frame) => frame.content).length < 3) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

function rgb(hex: string): string {
  const channel = (index: number) => Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/**
 * The colour a frame shows: the root's background, else the body's (it propagates to the canvas),
 * else the window's own, which main creates in the theme's colour.
 */
function painted(frame: PaintFrame, windowBackground: string): string {
  if (frame.root && frame.root !== TRANSPARENT) return frame.root;
  if (frame.body && frame.body !== TRANSPARENT) return frame.body;
  return rgb(windowBackground);
}

const pages: readonly (Pick<OpenPageOptions, 'page' | 'fake'> & { readonly name: string })[] = [
  {
    name: 'breathing break',
    page: 'break.html?view=break',
    fake: { responses: { 'break:session': breathingSession({ durationMs: 60_000 }) } },
  },
  {
    name: 'notice',
    page: 'break.html?view=notice',
    fake: { responses: { 'scheduler:get': noticeSnapshot(Date.now()) } },
  },
  {
    name: 'panel',
    page: 'panel.html',
    fake: { responses: { 'scheduler:get': noticeSnapshot(Date.now()), 'stats:days': [] } },
  },
  { name: 'preferences', page: 'index.html#/preferences' },
];

// The theme setting against the system's: the setting wins, and 'system' follows the system.
const themes: readonly { readonly setting: ThemeSetting; readonly system: 'light' | 'dark' }[] = [
  { setting: 'dark', system: 'light' },
  { setting: 'system', system: 'dark' },
  { setting: 'light', system: 'dark' },
];

describe.each(themes)('first frames with theme $setting on a $system system', ({ setting, system }) => {
  const expected = themeBackground(setting, system === 'dark');
  const themeName = expected === THEME_BACKGROUNDS.dark ? 'dark' : 'light';

  it.each(pages)(
    '$name: every frame from the first shows the theme background, never the other',
    async (entry) => {
      const { page, errors, close } = await openPage({
        page: entry.page,
        theme: system,
        fake: { ...entry.fake, settings: { ...DEFAULT_SETTINGS, language: 'en', theme: setting } },
        initScripts: [`(${paintProbe.toString()})();`],
      });
      await page.waitForFunction(
        () => (globalThis as unknown as ProbeWindow).__frames.filter((frame) => frame.content).length >= 3,
      );
      const frames = await page.evaluate(() => (globalThis as unknown as ProbeWindow).__frames);
      expect(frames.map((frame) => painted(frame, expected))).toEqual(frames.map(() => rgb(expected)));
      for (const frame of frames.filter((candidate) => candidate.content))
        expect(frame.theme).toBe(themeName);
      expect(errors).toEqual([]);
      await close();
    },
  );
});
