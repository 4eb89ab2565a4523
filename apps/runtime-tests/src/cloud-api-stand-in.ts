/**
 * The Cloud API stand-in the runtimes talk to: the repository's sandbox, started in this process on a
 * free loopback port. It answers the subscription handshake check, delivers HMAC-signed webhooks for
 * what the customer types, validates every send with `@wa/schema` and records it. This is the only
 * file that knows where the sandbox lives.
 */
import { createSandbox } from '@wa/sandbox';

/** The credentials the sandbox accepts, handed to the app under test. */
export interface StandInCredentials {
  graphUrl: string;
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
}

/** A message the business sent through the stand-in's Cloud API, as it was received. */
export interface RecordedSend {
  to: string;
  body: unknown;
}

/** A running stand-in. */
export interface CloudApiStandIn {
  readonly credentials: StandInCredentials;
  /** Points Cloud webhooks at `url`; resolves once the app answered the subscription handshake. */
  subscribe(url: string): Promise<void>;
  /** The customer `waId` types `text`: the stand-in delivers the signed webhook; resolves with the message ID. */
  customerSays(waId: string, text: string): Promise<string>;
  /** Resolves with the next message the business sends to `waId`. */
  nextSendTo(waId: string): Promise<RecordedSend>;
  close(): Promise<void>;
}

/** Starts the stand-in on a free loopback port, with an in-memory store and no automatic statuses. */
export async function startCloudApiStandIn(): Promise<CloudApiStandIn> {
  const sandbox = await createSandbox({ statuses: 'manual' });
  const { cloud } = sandbox;
  return {
    credentials: {
      graphUrl: cloud.baseUrl,
      accessToken: cloud.accessToken,
      phoneNumberId: cloud.phoneNumberId,
      appSecret: cloud.appSecret,
      verifyToken: cloud.verifyToken,
    },
    subscribe: (url) => sandbox.setWebhook(url, 'cloud'),
    async customerSays(waId, text) {
      const sent = await sandbox.customer(waId, { name: 'Runtime Tester' }).sendText(text);
      return sent.id;
    },
    async nextSendTo(waId) {
      const message = await sandbox.customer(waId, { name: 'Runtime Tester' }).nextMessage();
      return { to: message.to, body: message.request };
    },
    close: () => sandbox.close(),
  };
}
