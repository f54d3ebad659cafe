import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { breathingLengthChoices } from '../../../../renderer/app/preferences/breathing-length-choices.ts';
import { schemaAt } from '../../../../renderer/app/preferences/settings-paths.ts';
import { BREATHING_LENGTH_MINUTES } from '../../../../shared/domain/breathing-lengths.ts';
import { createTranslator } from '../../../../shared/i18n/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/settings/types.ts';
import { renderPreferences } from '../support/render-preferences.tsx';

afterEach(cleanup);

function withLength(
  durationSeconds: number,
  language: Settings['language'] = 'en',
  patternId: Settings['breathing']['patternId'] = DEFAULT_SETTINGS.breathing.patternId,
): Settings {
  return {
    ...DEFAULT_SETTINGS,
    language,
    breathing: { ...DEFAULT_SETTINGS.breathing, durationSeconds, patternId },
  };
}

function disabledTexts(select: HTMLSelectElement): string[] {
  return [...select.options].filter((option) => option.disabled).map((option) => option.text);
}

/** The texts the select's aria-describedby points at, in order. */
function descriptions(select: HTMLSelectElement): string[] {
  return (select.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
}

async function lengthField(name: string): Promise<HTMLSelectElement> {
  const group = await screen.findByRole('region', { name: name === 'Length' ? 'Breathing' : 'Ademhaling' });
  return within(group).getByRole('combobox', { name }) as HTMLSelectElement;
}

function optionTexts(select: HTMLSelectElement): string[] {
  return [...select.options].map((option) => option.text);
}

describe('Preferences › Breathing › Length', () => {
  it('offers the setup’s minutes, not seconds, with the saved length chosen', async () => {
    renderPreferences({ settings: withLength(120) });
    const select = await lengthField('Length');
    expect(optionTexts(select)).toEqual(['1 minute', '2 minutes', '3 minutes', '5 minutes']);
    expect(select.selectedOptions[0]?.text).toBe('2 minutes');
    const group = screen.getByRole('region', { name: 'Breathing' });
    expect(within(group).queryByRole('spinbutton')).toBeNull();
    expect(within(select.closest('.field') as HTMLElement).queryByText(/second/i)).toBeNull();
  });

  it('speaks Dutch with the right plurals', async () => {
    renderPreferences({ settings: withLength(60, 'nl') });
    const select = await lengthField('Duur');
    expect(optionTexts(select)).toEqual(['1 minuut', '2 minuten', '3 minuten', '5 minuten']);
    expect(select.selectedOptions[0]?.text).toBe('1 minuut');
  });

  it('saves the picked minutes as the seconds the setting stores', async () => {
    const { bridge } = renderPreferences({ settings: withLength(60) });
    const select = await lengthField('Length');
    fireEvent.change(select, { target: { value: '180' } });
    await waitFor(() => expect(bridge.settings().breathing.durationSeconds).toBe(180));
    expect(bridge.callsTo('settings:update')).toEqual([{ breathing: { durationSeconds: 180 } }]);
    expect(select.selectedOptions[0]?.text).toBe('3 minutes');
  });

  it('shows a saved length that is not one of the minutes as it is, and keeps it until another is picked', async () => {
    const { bridge } = renderPreferences({ settings: withLength(90) });
    const select = await lengthField('Length');
    expect(optionTexts(select)).toEqual(['1 minute', '1 min 30 s', '2 minutes', '3 minutes', '5 minutes']);
    expect(select.selectedOptions[0]?.text).toBe('1 min 30 s');
    expect(bridge.callsTo('settings:update')).toEqual([]);
    fireEvent.change(select, { target: { value: '120' } });
    await waitFor(() =>
      expect(optionTexts(select)).toEqual(['1 minute', '2 minutes', '3 minutes', '5 minutes']),
    );
    expect(bridge.callsTo('settings:update')).toEqual([{ breathing: { durationSeconds: 120 } }]);
  });

  it('names a short saved length in seconds, in Dutch too', async () => {
    renderPreferences({ settings: withLength(45, 'nl') });
    expect((await lengthField('Duur')).selectedOptions[0]?.text).toBe('45 seconden');
  });

  it('offers a long saved length after the setup’s minutes', async () => {
    renderPreferences({ settings: withLength(600) });
    const select = await lengthField('Length');
    expect(optionTexts(select).at(-1)).toBe('10 minutes');
    expect(select.selectedOptions[0]?.text).toBe('10 minutes');
  });
});

describe('Preferences › Breathing › Length with a capped pattern', () => {
  it('greys the lengths 4-7-8’s four rounds make meaningless, says why and what a 5-minute break really lasts', async () => {
    renderPreferences({ settings: withLength(300, 'en', 'four-seven-eight') });
    const select = await lengthField('Length');
    // 1 minute breathes 3 rounds, 2 minutes the 4 the cap allows; 3 and 5 minutes no more than that.
    expect(disabledTexts(select)).toEqual(['3 minutes', '5 minutes']);
    expect(select.selectedOptions[0]?.text).toBe('5 minutes');
    expect(descriptions(select)).toEqual([
      'Scheduled breaks last this long. For a break you start yourself, you pick the length then.',
      'This pattern keeps to 4 rounds at a time, so a longer length changes nothing.',
      'So a scheduled break lasts 1 min 16 s, not 5 minutes.',
    ]);
  });

  it('still names the real length for 2 minutes, which the cap shortens without greying', async () => {
    renderPreferences({ settings: withLength(120, 'en', 'four-seven-eight') });
    const select = await lengthField('Length');
    expect(select.selectedOptions[0]?.disabled).toBe(false);
    expect(descriptions(select).at(-1)).toBe('So a scheduled break lasts 1 min 16 s, not 2 minutes.');
  });

  it('says nothing more for 1 minute, which 4-7-8 breathes in whole rounds', async () => {
    renderPreferences({ settings: withLength(60, 'en', 'four-seven-eight') });
    const select = await lengthField('Length');
    expect(descriptions(select)).toEqual([
      'Scheduled breaks last this long. For a break you start yourself, you pick the length then.',
      'This pattern keeps to 4 rounds at a time, so a longer length changes nothing.',
    ]);
  });

  it('greys nothing and adds no note for a pattern without a cap', async () => {
    renderPreferences({ settings: withLength(300, 'en', 'box') });
    const select = await lengthField('Length');
    expect(disabledTexts(select)).toEqual([]);
    expect(descriptions(select)).toHaveLength(1);
  });

  it('follows a newly picked pattern at once, and frees the lengths again when it changes back', async () => {
    const { bridge } = renderPreferences({ settings: withLength(300) });
    const select = await lengthField('Length');
    expect(disabledTexts(select)).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: /4-7-8 breathing/ }));
    await waitFor(() => expect(disabledTexts(select)).toEqual(['3 minutes', '5 minutes']));
    await waitFor(() => expect(bridge.settings().breathing.patternId).toBe('four-seven-eight'));
    expect(descriptions(select).at(-1)).toBe('So a scheduled break lasts 1 min 16 s, not 5 minutes.');
    fireEvent.click(screen.getByRole('radio', { name: /Belly breathing/ }));
    await waitFor(() => expect(disabledTexts(select)).toEqual([]));
    expect(descriptions(select)).toHaveLength(1);
  });

  it('says it in Dutch', async () => {
    renderPreferences({ settings: withLength(300, 'nl', 'four-seven-eight') });
    const select = await lengthField('Duur');
    expect(disabledTexts(select)).toEqual(['3 minuten', '5 minuten']);
    expect(descriptions(select).slice(1)).toEqual([
      'Dit ritme houdt het bij 4 rondes achter elkaar; langer maakt geen verschil.',
      'Een geplande pauze duurt daardoor 1 min 16 s, niet 5 minuten.',
    ]);
  });
});

describe('breathingLengthChoices', () => {
  const t = createTranslator('en');

  it('offers only minutes inside the settings schema’s range', () => {
    const rule = schemaAt('breathing.durationSeconds');
    const bounds = { min: rule?.minimum ?? Number.NaN, max: rule?.maximum ?? Number.NaN };
    const values = breathingLengthChoices(t, bounds, undefined).map((choice) => choice.value);
    expect(values).toEqual(
      BREATHING_LENGTH_MINUTES.map((minutes) => minutes * 60).filter(
        (s) => s >= bounds.min && s <= bounds.max,
      ),
    );
    expect(values.length).toBeGreaterThan(0);
  });

  it('follows the range it is given rather than a list of its own', () => {
    expect(breathingLengthChoices(t, { min: 120, max: 180 }, 120).map((choice) => choice.value)).toEqual([
      120, 180,
    ]);
  });
});
