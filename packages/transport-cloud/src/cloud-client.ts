import type {
  HealthStatus,
  MediaInfo,
  MessagePayload,
  SendMessageOptions,
  SendResult,
  SendTextOptions,
  WhatsAppClient,
} from '@wa/schema';
import type { CloudTemplateManagement } from './cloud-template-management.ts';

/** Options of the convenience send methods (the same on both clients). */
export type MessageOptions = SendMessageOptions;

/** Options of {@link CloudClient.sendText} (the same on both clients). */
export type TextMessageOptions = SendTextOptions;

/** Where a media file can be downloaded, as `getMediaUrl` returns it. */
export type CloudMediaInfo = MediaInfo;

export type { MessagePayload };

/**
 * A client of the WhatsApp Cloud API for one business phone number. It has the methods of
 * `WhatsAppClient` (the same as the On-Premises client's, so an app moves between the APIs by switching
 * one import). `checkContacts` and `health` are On-Premises calls: here they reject with an
 * `UnsupportedOperationError`. Every method rejects with SDK errors only: `ValidationError` (nothing sent),
 * `GraphApiError` (the API answered with an error), `RequestError` (`WA_TIMEOUT`, `WA_NETWORK_ERROR`; see
 * `mayHaveBeenSent`), `RequestAbortedError` (`WA_ABORTED`) or `UnsupportedOperationError`.
 *
 * Besides the shared methods it manages the message templates of the WhatsApp Business Account
 * (`listTemplates`, `createTemplate`, …; see {@link CloudTemplateManagement}): a Cloud API feature the
 * On-Premises client does not have.
 */
export interface CloudClient extends WhatsAppClient<SendResult, HealthStatus>, CloudTemplateManagement {
  /** Always `cloud`. */
  readonly api: 'cloud';
  /** The phone number ID this client sends from. */
  readonly phoneNumberId: string;
  /** The WhatsApp Business Account ID template management uses, when set. */
  readonly businessAccountId: string | undefined;
}
