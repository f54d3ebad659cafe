import { BUSY_REASONS, type BusyReason } from '../../../shared/domain/busy.ts';
import { patternChoices } from '../../../shared/exercises/resolve-pattern.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { Settings } from '../../../shared/settings/types.ts';
import { useLocale } from '../../lib/i18n.ts';
import { useAppInfo } from '../../lib/use-settings.ts';
import { BreathingLengthField } from './breathing-length-field.tsx';
import { DaysField, PatternField, VolumeField, weekdayKey } from './choice-fields.tsx';
import { CustomPatternsField } from './custom-patterns-field.tsx';
import { ExcludedAppsField } from './excluded-apps-field.tsx';
import { FieldGroup, NumberField, SelectField, TimeField, ToggleField } from './fields.tsx';
import { LoginField } from './login-field.tsx';
import { ResetSection } from './reset-section.tsx';
import { ShortcutField } from './shortcut-field.tsx';
import { useSettingsForm } from './use-settings-form.ts';
import './preferences.css';

export interface PreferencesViewProps {
  readonly settings: Settings;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

const BUSY_TOGGLES: Readonly<Record<BusyReason, { label: MessageKey; hint?: MessageKey }>> = {
  presentation: { label: 'prefs.busy.presentation', hint: 'prefs.busy.presentation-hint' },
  fullscreen: { label: 'prefs.busy.fullscreen' },
  call: { label: 'prefs.busy.call' },
  'do-not-disturb': { label: 'prefs.busy.do-not-disturb' },
  'excluded-app': { label: 'prefs.busy.excluded-app' },
};

// 00:00 as an end and an end before the start both read oddly in a time input, so the hint
// says in words what the scheduler will do with them.
function workingHoursEndHint(start: unknown, end: unknown): MessageKey {
  if (end === 0 || end === 1440) return 'prefs.hours.end-midnight';
  if (typeof start === 'number' && typeof end === 'number' && end < start) return 'prefs.hours.end-overnight';
  return 'prefs.hours.end-hint';
}

/** Every setting of the schema, grouped; each change is validated and saved on its own. */
export function PreferencesView({ settings }: PreferencesViewProps) {
  const { t } = useLocale();
  const form = useSettingsForm(settings);
  const info = useAppInfo();
  const platform = info?.platform ?? 'linux';
  const breathingOff = settings.breathing.enabled === false;
  const stretchOff = settings.stretch.enabled === false;
  const hoursOff = !settings.workingHours.enabled;

  return (
    <div class="view view--preferences">
      <header class="view__header">
        <h1 class="view__title" tabIndex={-1}>
          {t('prefs.title')}
        </h1>
        <p class="view__lead">{t('prefs.intro')}</p>
        <p class="saved-note" role="status" data-testid="saved-note">
          {form.savedCount > 0 ? t('prefs.saved') : ''}
        </p>
        {form.failed ? (
          <p class="field__error" role="alert">
            {t('errors.save-failed')}
          </p>
        ) : null}
      </header>

      <FieldGroup id="group-breaks" title={t('prefs.group.breaks')}>
        <ToggleField
          form={form}
          path="breathing.enabled"
          label="prefs.breathing.enabled"
          hint="prefs.breathing.enabled-hint"
        />
        <NumberField
          form={form}
          path="breathing.intervalMinutes"
          label="prefs.breathing.interval"
          disabled={breathingOff}
        />
        <ToggleField
          form={form}
          path="stretch.enabled"
          label="prefs.stretch.enabled"
          hint="prefs.stretch.enabled-hint"
        />
        <div class="field-row">
          <NumberField
            form={form}
            path="stretch.intervalMinutes"
            label="prefs.stretch.interval"
            disabled={stretchOff}
          />
          <NumberField
            form={form}
            path="stretch.durationMinutes"
            label="prefs.stretch.duration"
            disabled={stretchOff}
          />
        </div>
        <ToggleField
          form={form}
          path="stretch.includeFloor"
          label="prefs.stretch.include-floor"
          hint="prefs.stretch.include-floor-hint"
          disabled={stretchOff}
        />
        <ToggleField form={form} path="notice.enabled" label="prefs.notice.enabled" />
        <NumberField
          form={form}
          path="notice.leadSeconds"
          label="prefs.notice.lead"
          disabled={!settings.notice.enabled}
        />
        <div class="field-row">
          <NumberField form={form} path="postpone.minutes" label="prefs.postpone.minutes" />
          <NumberField form={form} path="postpone.limit" label="prefs.postpone.limit" />
        </div>
        <ToggleField form={form} path="strictMode" label="prefs.strict" hint="prefs.strict-hint" />
      </FieldGroup>

      <FieldGroup id="group-breathing" title={t('prefs.group.breathing')}>
        <PatternField form={form} patterns={patternChoices(settings)} />
        <CustomPatternsField form={form} settings={settings} />
        <BreathingLengthField form={form} settings={settings} />
        <ToggleField form={form} path="breathing.ring" label="prefs.breathing.ring" />
        <SelectField
          form={form}
          path="motion"
          label="prefs.motion"
          choices={[
            { value: 'system', label: t('prefs.motion.system') },
            { value: 'reduce', label: t('prefs.motion.reduce') },
            { value: 'full', label: t('prefs.motion.full') },
          ]}
        />
      </FieldGroup>

      <FieldGroup id="group-sounds" title={t('prefs.group.sounds')}>
        <ToggleField
          form={form}
          path="sounds.enabled"
          label="prefs.sounds.enabled"
          hint="prefs.sounds.enabled-hint"
        />
        <VolumeField form={form} disabled={!settings.sounds.enabled} />
      </FieldGroup>

      <FieldGroup id="group-schedule" title={t('prefs.group.schedule')}>
        <ToggleField form={form} path="workingHours.enabled" label="prefs.hours.enabled" />
        <DaysField form={form} disabled={hoursOff} />
        <div class="field-row">
          <TimeField
            form={form}
            path="workingHours.startMinutes"
            label="prefs.hours.start"
            disabled={hoursOff}
          />
          <TimeField
            form={form}
            path="workingHours.endMinutes"
            label="prefs.hours.end"
            hint={workingHoursEndHint(
              form.shown('workingHours.startMinutes'),
              form.shown('workingHours.endMinutes'),
            )}
            disabled={hoursOff}
            endOfDay
          />
        </div>
        <ToggleField
          form={form}
          path="idle.naturalBreaks"
          label="prefs.idle.natural"
          hint="prefs.idle.natural-hint"
        />
        <NumberField form={form} path="idle.longIdleMinutes" label="prefs.idle.long" />
        <NumberField form={form} path="idle.minLockMinutes" label="prefs.idle.lock" />
        <NumberField form={form} path="idle.typingGraceSeconds" label="prefs.idle.typing" />
        <ToggleField form={form} path="checkinReminder.enabled" label="prefs.checkin.enabled" />
        <div class="field-row">
          <SelectField
            form={form}
            path="checkinReminder.weekday"
            label="prefs.checkin.weekday"
            disabled={!settings.checkinReminder.enabled}
            choices={WEEKDAYS.map((day) => ({ value: day, label: t(weekdayKey(day)) }))}
          />
          <TimeField
            form={form}
            path="checkinReminder.minutes"
            label="prefs.checkin.time"
            disabled={!settings.checkinReminder.enabled}
          />
        </div>
        <ToggleField
          form={form}
          path="floorInvitation.enabled"
          label="prefs.floor-invitation.enabled"
          hint="prefs.floor-invitation.hint"
        />
        <TimeField
          form={form}
          path="floorInvitation.minutes"
          label="prefs.floor-invitation.time"
          disabled={!settings.floorInvitation.enabled}
        />
      </FieldGroup>

      <FieldGroup id="group-busy" title={t('prefs.group.busy')}>
        <p class="pref-group__intro">{t('prefs.busy.intro')}</p>
        {BUSY_REASONS.map((reason) => (
          <ToggleField
            key={reason}
            form={form}
            path={`busy.reasons.${reason}`}
            label={BUSY_TOGGLES[reason].label}
            {...(BUSY_TOGGLES[reason].hint ? { hint: BUSY_TOGGLES[reason].hint } : {})}
          />
        ))}
        <ExcludedAppsField form={form} disabled={!settings.busy.reasons['excluded-app']} />
      </FieldGroup>

      <FieldGroup id="group-general" title={t('prefs.group.general')}>
        <SelectField
          form={form}
          path="language"
          label="prefs.language"
          choices={[
            { value: 'system', label: t('prefs.language.system') },
            { value: 'en', label: 'English' },
            { value: 'nl', label: 'Nederlands' },
          ]}
        />
        <SelectField
          form={form}
          path="theme"
          label="prefs.theme"
          choices={[
            { value: 'system', label: t('prefs.theme.system') },
            { value: 'light', label: t('prefs.theme.light') },
            { value: 'dark', label: t('prefs.theme.dark') },
          ]}
        />
        <LoginField form={form} savedCount={form.savedCount} />
        <ToggleField form={form} path="shortcut.enabled" label="prefs.shortcut.enabled" />
        <ShortcutField form={form} platform={platform} disabled={!settings.shortcut.enabled} />
        <ToggleField
          form={form}
          path="trayCountdown"
          label="prefs.tray-countdown"
          hint="prefs.tray-countdown-hint"
        />
        {info?.platform === 'linux' && (
          <ToggleField
            form={form}
            path="runNativelyOnWayland"
            label="prefs.wayland-native"
            hint="prefs.wayland-native-hint"
          />
        )}
        <ResetSection onReset={form.clear} />
      </FieldGroup>
    </div>
  );
}
