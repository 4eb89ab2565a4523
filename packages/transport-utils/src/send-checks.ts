import { ServiceWindowClosedError } from '@wa/schema';
import type { ServiceWindowTracker, TemplateCatalog } from '@wa/schema/templates';
import { toClientValidationError } from './to-client-validation-error.ts';

/** The opt-in checks a client makes on a message before any request (see {@link createSendCheck}). */
export interface SendChecks {
  /** Checks template messages against their approved definitions (`assertSendable`). */
  templateCatalog?: Pick<TemplateCatalog, 'assertSendable'> | undefined;
  /** Refuses free-form messages to customers whose service window is closed (`assertCanSend`). */
  serviceWindow?: Pick<ServiceWindowTracker, 'assertCanSend'> | undefined;
  /** The business phone number the window is tracked for (Cloud: the phone number ID; On-Prem: none). */
  businessPhoneNumberId?: string | undefined;
}

/** A check run on every message before it is sent; rejects when the message must not be sent. */
export type SendCheck = (message: unknown) => Promise<void>;

/**
 * The check a client runs before each send: the template catalog's check (template messages), then the
 * service window's (free-form messages). Errors are raised again in the client's package name: a
 * `ValidationError` (rule IDs, JSON paths) or a `ServiceWindowClosedError` (`WA_SERVICE_WINDOW_CLOSED`,
 * R-DLV-10). `undefined` when neither check is on, so sending costs nothing extra.
 *
 * @example
 * const check = createSendCheck({ templateCatalog, serviceWindow }, '@wa/transport-cloud');
 * await check?.(message); // before any request
 */
export function createSendCheck(checks: SendChecks, packageName: string): SendCheck | undefined {
  const { templateCatalog, serviceWindow, businessPhoneNumberId } = checks;
  if (templateCatalog === undefined && serviceWindow === undefined) return undefined;
  return async (message) => {
    try {
      await templateCatalog?.assertSendable(message);
    } catch (error) {
      throw toClientValidationError(error, packageName);
    }
    try {
      await serviceWindow?.assertCanSend(message, businessPhoneNumberId);
    } catch (error) {
      if (!ServiceWindowClosedError.isInstance(error) || error.message.startsWith(`[${packageName}]`)) {
        throw error;
      }
      throw new ServiceWindowClosedError({ customer: error.customer, closedAt: error.closedAt, packageName });
    }
  };
}
