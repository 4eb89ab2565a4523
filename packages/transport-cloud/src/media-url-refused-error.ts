import { WaError } from '@wa/schema';
import { PACKAGE_NAME } from './package-name.ts';

const marker = 'wa.error.media-url-refused';

/**
 * `downloadMedia` refused the download URL the API named, because sending the access token there could
 * leak it: the URL is not https on one of Meta's media hosts, nor on the configured `baseUrl`'s origin.
 * `code` is `WA_MEDIA_URL_REFUSED`; nothing was requested from that URL.
 */
export class MediaUrlRefusedError extends WaError {
  /** The host that was refused (the URL itself may carry a signed query and is not kept). */
  readonly host: string;

  constructor(host: string, reason: string) {
    super({
      code: 'WA_MEDIA_URL_REFUSED',
      message: `[${PACKAGE_NAME}] downloadMedia refused the media URL on ${host || 'an unreadable URL'}: ${reason}. The access token is sent only over https to Meta's media hosts (lookaside.fbsbx.com) or to the configured baseUrl's origin.`,
    });
    this.name = 'MediaUrlRefusedError';
    this.host = host;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `MediaUrlRefusedError` from any copy of `@wa/transport-cloud`. */
  static override isInstance(error: unknown): error is MediaUrlRefusedError {
    return WaError.hasMarker(error, marker);
  }
}
