import { WaError } from './wa-error.ts';

const marker = 'wa.error.service-window-closed';

/** Options of {@link ServiceWindowClosedError}. */
export interface ServiceWindowClosedErrorOptions {
  /** The customer's WhatsApp ID. */
  customer: string;
  /** When the window closed (24 hours after the customer's last message); absent when they never wrote. */
  closedAt: Date | undefined;
  /** The package that refused the message, for the message prefix. */
  packageName?: string | undefined;
}

/**
 * A free-form (non-template) message was refused before sending because the customer service window with
 * the customer is closed: it opens when the customer writes and closes 24 hours after their last message
 * (rule R-DLV-10; the API would answer error 131047). Only a template message can reach the customer now.
 * Nothing was sent. The message names no phone number (it may be logged); read `customer`.
 */
export class ServiceWindowClosedError extends WaError {
  /** The customer's WhatsApp ID. */
  readonly customer: string;
  /** When the window closed; `undefined` when the customer never wrote. */
  readonly closedAt: Date | undefined;
  /** The rule: `R-DLV-10`. */
  readonly rule = 'R-DLV-10';
  declare readonly code: 'WA_SERVICE_WINDOW_CLOSED';

  constructor({ customer, closedAt, packageName = '@wa/schema' }: ServiceWindowClosedErrorOptions) {
    const when =
      closedAt === undefined
        ? 'is not open: the customer has not written to this number'
        : `closed at ${closedAt.toISOString()}, 24 hours after the customer's last message`;
    super({
      code: 'WA_SERVICE_WINDOW_CLOSED',
      message: `[${packageName}] The customer service window with this customer ${when}; send a template message instead (nothing was sent) [R-DLV-10]`,
    });
    this.name = 'ServiceWindowClosedError';
    this.customer = customer;
    this.closedAt = closedAt;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `ServiceWindowClosedError` from any copy of `@wa/schema`. */
  static override isInstance(error: unknown): error is ServiceWindowClosedError {
    return WaError.hasMarker(error, marker);
  }
}
