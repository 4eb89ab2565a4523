import { type ClientFeature, WaError, type WhatsAppApi } from '@wa/schema';

const marker = 'wa.error.unsupported-operation';

const apiNames: Readonly<Record<WhatsAppApi, string>> = {
  cloud: 'the Cloud API',
  onprem: 'the On-Premises API',
};

/** Options of {@link UnsupportedOperationError}. */
export interface UnsupportedOperationErrorOptions {
  /** The package whose client was called, for the message prefix. */
  packageName: string;
  /** The API the client talks to. */
  api: WhatsAppApi;
  /** The method called, e.g. `reply`. */
  operation: string;
  /** The feature the API lacks. */
  feature: ClientFeature;
  /** The rule that makes the feature specific to the other API, e.g. `R-REQ-18`, when one exists. */
  rule?: string | undefined;
  /** Why, in a few words, e.g. `reply context is a Cloud API field`. */
  reason: string;
}

/**
 * The method exists on both clients but this client's API cannot do it (for example a reply with context on
 * the On-Premises API). `code` is `WA_UNSUPPORTED_OPERATION`; nothing was sent. Check in advance with
 * `client.supports(feature)`.
 */
export class UnsupportedOperationError extends WaError {
  /** The API the client talks to. */
  readonly api: WhatsAppApi;
  /** The method called. */
  readonly operation: string;
  /** The feature the API lacks. */
  readonly feature: ClientFeature;
  /** The rule that makes the feature specific to the other API, when one exists. */
  readonly rule: string | undefined;
  /** Always false: the call was refused before any request. */
  readonly mayHaveBeenSent = false;

  constructor({ packageName, api, operation, feature, rule, reason }: UnsupportedOperationErrorOptions) {
    const ruleText = rule === undefined ? '' : ` [${rule}]`;
    super({
      code: 'WA_UNSUPPORTED_OPERATION',
      message: `[${packageName}] ${operation} is not available on ${apiNames[api]}: ${reason}${ruleText}. Nothing was sent.`,
    });
    this.name = 'UnsupportedOperationError';
    this.api = api;
    this.operation = operation;
    this.feature = feature;
    this.rule = rule;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is an `UnsupportedOperationError` from any copy of `@wa/transport-utils`. */
  static override isInstance(error: unknown): error is UnsupportedOperationError {
    return WaError.hasMarker(error, marker);
  }
}
