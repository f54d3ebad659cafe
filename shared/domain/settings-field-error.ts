/** Machine-readable reason, so the renderer can show its own localized text. */
export type SettingsErrorCode =
  | 'type'
  | 'range'
  | 'enum'
  | 'required'
  | 'unknown-key'
  | 'forbidden-key'
  | 'length'
  | 'pattern'
  | 'unique'
  | 'accelerator'
  | 'order'
  | 'empty'
  /** A number off its step (custom pattern phases: whole or half seconds). */
  | 'step'
  /** `breathing.patternId` names no built-in and no custom pattern. */
  | 'missing-pattern';

/** One refused setting: what the settings validator returns and `settings:update` answers with. */
export interface SettingsFieldError {
  /** Dotted path, e.g. `breathing.intervalMinutes`; array items as `workingHours.days[2]`; '' for the whole value. */
  readonly path: string;
  readonly code: SettingsErrorCode;
  /** English, developer-facing. */
  readonly message: string;
  readonly limits?: {
    readonly min?: number;
    readonly max?: number;
    readonly step?: number;
    readonly allowed?: readonly (string | number | boolean)[];
  };
}
