import { WaError } from './wa-error.ts';

const marker = 'wa.error.missing-setting';

/** Options of {@link MissingSettingError}. */
export interface MissingSettingErrorOptions {
  /** The setting that is missing, e.g. `accessToken`. */
  setting: string;
  /** The environment variable that could have provided it, e.g. `WHATSAPP_ACCESS_TOKEN`. */
  environmentVariable?: string | undefined;
  /** The package that needed it, for the message prefix. */
  packageName: string;
}

/** A required setting was neither passed nor found in the environment. */
export class MissingSettingError extends WaError {
  /** The setting that is missing. */
  readonly setting: string;
  /** The environment variable that could have provided it. */
  readonly environmentVariable: string | undefined;

  constructor({ setting, environmentVariable, packageName }: MissingSettingErrorOptions) {
    const hint = environmentVariable ? ` or set the ${environmentVariable} environment variable` : '';
    super({
      code: 'WA_MISSING_SETTING',
      message: `[${packageName}] Missing setting \`${setting}\`: pass it${hint}.`,
    });
    this.name = 'MissingSettingError';
    this.setting = setting;
    this.environmentVariable = environmentVariable;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `MissingSettingError` from any copy of `@wa/schema`. */
  static override isInstance(error: unknown): error is MissingSettingError {
    return WaError.hasMarker(error, marker);
  }
}
