export { ACCELERATOR_MAX_LENGTH, isAccelerator } from './accelerator.ts';
export {
  type MigrationFailure,
  type MigrationResult,
  migrateSettings,
  type SettingsMigration,
  settingsMigrations,
} from './migrations.ts';
export { type JsonSchema, PATTERN_IDS, settingsSchema } from './schema.ts';
export * from './types.ts';
export {
  formatSettingsErrors,
  isPlainObject,
  type SettingsErrorCode,
  type SettingsFieldError,
  type SettingsValidation,
  validateSettings,
  validateSettingsPatch,
} from './validate.ts';
