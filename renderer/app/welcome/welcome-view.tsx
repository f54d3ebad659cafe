import { useState } from 'preact/hooks';
import type { LanguageSetting, Settings } from '../../../shared/settings/types.ts';
import { useBridge } from '../../lib/bridge.ts';
import { floorStartRequest } from '../../lib/floor-session.ts';
import { useT } from '../../lib/i18n.ts';
import { minutesToTime } from '../preferences/fields.tsx';
import { SafetyNote } from '../safety-note.tsx';
import { matchingPreset, presetPatch, SCHEDULE_PRESETS } from './presets.ts';
import './welcome.css';

export interface WelcomeViewProps {
  readonly settings: Settings;
}

const LANGUAGES: readonly { readonly value: LanguageSetting; readonly label: string | null }[] = [
  { value: 'system', label: null },
  { value: 'en', label: 'English' },
  { value: 'nl', label: 'Nederlands' },
];

/** First run: three choices, each saved at once (the language switches live), and the safety note. */
export function WelcomeView({ settings }: WelcomeViewProps) {
  const bridge = useBridge();
  const t = useT();
  const [failed, setFailed] = useState(false);
  const [floorRefused, setFloorRefused] = useState(false);
  const current = matchingPreset(settings);

  const update = (patch: Record<string, unknown>) => {
    setFailed(false);
    bridge.invoke('settings:update', patch).then(
      (result) => setFailed(!result.ok),
      () => setFailed(true),
    );
  };

  return (
    <div class="view view--welcome welcome">
      <header class="view__header welcome__header">
        <span class="welcome__mark" aria-hidden="true" />
        <h1 class="view__title" tabIndex={-1}>
          {t('welcome.title')}
        </h1>
        <p class="view__lead">{t('welcome.lead')}</p>
      </header>

      <fieldset class="welcome__step card">
        <legend class="welcome__legend">{t('welcome.language')}</legend>
        <div class="choice-row">
          {LANGUAGES.map((language) => (
            <label key={language.value} class="choice">
              <input
                type="radio"
                name="welcome-language"
                value={language.value}
                checked={settings.language === language.value}
                onChange={() => update({ language: language.value })}
              />
              <span class="choice__label">{language.label ?? t('prefs.language.system')}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="welcome__step card" aria-describedby="welcome-schedule-hint">
        <legend class="welcome__legend">{t('welcome.schedule')}</legend>
        <div class="choice-row choice-row--presets">
          {SCHEDULE_PRESETS.map((preset) => (
            <label key={preset.id} class="choice choice--preset">
              <input
                type="radio"
                name="welcome-preset"
                value={preset.id}
                checked={current?.id === preset.id}
                onChange={() => update(presetPatch(preset))}
              />
              <span class="choice__label">{t(preset.label)}</span>
              <span class="choice__detail">
                {t('welcome.preset.detail', {
                  breathing: preset.breathingMinutes,
                  stretch: preset.stretchMinutes,
                })}
              </span>
            </label>
          ))}
        </div>
        {current ? null : (
          <p class="welcome__custom">
            {t('welcome.preset.custom', {
              breathing: settings.breathing.intervalMinutes,
              stretch: settings.stretch.intervalMinutes,
            })}
          </p>
        )}
        <p id="welcome-schedule-hint" class="field__hint">
          {t('welcome.schedule-hint')}
        </p>
      </fieldset>

      <fieldset class="welcome__step card" aria-describedby="welcome-floor-hint" data-testid="welcome-floor">
        <legend class="welcome__legend">{t('welcome.floor')}</legend>
        <div class="choice-row">
          {([true, false] as const).map((floor) => (
            <label key={String(floor)} class="choice">
              <input
                type="radio"
                name="welcome-floor"
                value={floor ? 'yes' : 'no'}
                checked={settings.stretch.includeFloor === floor}
                onChange={() => update({ stretch: { includeFloor: floor } })}
              />
              <span class="choice__label">{floor ? t('welcome.floor-yes') : t('welcome.floor-no')}</span>
            </label>
          ))}
        </div>
        <p id="welcome-floor-hint" class="field__hint">
          {settings.stretch.includeFloor ? t('welcome.floor-hint-yes') : t('welcome.floor-hint-no')}
        </p>
        <label class="welcome__login">
          <input
            type="checkbox"
            checked={settings.floorInvitation.enabled}
            onChange={(event) => update({ floorInvitation: { enabled: event.currentTarget.checked } })}
            data-testid="welcome-floor-evening"
          />
          <span>{t('welcome.floor-evening', { time: minutesToTime(settings.floorInvitation.minutes) })}</span>
        </label>
        <div>
          <button
            type="button"
            class="button"
            onClick={() => {
              setFloorRefused(false);
              bridge.invoke('break:start', floorStartRequest).then(
                (result) => setFloorRefused(!result.ok),
                () => setFloorRefused(true),
              );
            }}
            data-testid="welcome-floor-try"
          >
            {t('welcome.floor-try')}
          </button>
        </div>
        {floorRefused ? (
          <p class="field__error" role="alert">
            {t('welcome.floor-failed')}
          </p>
        ) : null}
      </fieldset>

      <div class="welcome__step card">
        <label class="welcome__login">
          <input
            type="checkbox"
            checked={settings.startAtLogin}
            onChange={(event) => update({ startAtLogin: event.currentTarget.checked })}
          />
          <span>{t('welcome.login')}</span>
        </label>
      </div>

      <SafetyNote titleKey="welcome.safety.title" showAskFirst />

      {failed ? (
        <p class="field__error" role="alert">
          {t('errors.save-failed')}
        </p>
      ) : null}

      <div class="welcome__done">
        <button type="button" class="button button--primary" onClick={() => bridge.invoke('window:close')}>
          {t('welcome.done')}
        </button>
        <p class="field__hint">{t('welcome.done-hint')}</p>
      </div>
    </div>
  );
}
