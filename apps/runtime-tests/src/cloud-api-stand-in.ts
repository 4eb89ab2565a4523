/**
 * The Cloud API stand-in the runtimes talk to: the repository's sandbox, started in this process on a
 * free loopback port. It answers the subscription handshake check, delivers HMAC-signed webhooks for
 * what the customer types, validates every send with `@wa/schema` and records it. This is the only
 * file that knows where the sandbox lives.
 */
import { createSandbox } from '@wa-demo/sandbox/src/create-sandbox.ts';

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
  body: Record<string, unknown>;
}

/** A running stand-in. */
export interface CloudApiStandIn {
  readonly credentials: StandInCredentials;
  /** Points Cloud webhooks at `url`; resolves once the app answered the subscription handshake. */
  subscribe(url: string): Promise<void>;
  /** The customer `waId` types `text`: the stand-in delivers the signed webhook; returns the message ID. */
  customerSays(waId: string, text: string): string;
  /** Resolves with the next message the business sends to `waId`. */
  nextSendTo(waId: string): Promise<RecordedSend>;
  close(): Promise<void>;
}

/** Starts the stand-in on a free loopback port, with an in-memory store. */
export async function startCloudApiStandIn(): Promise<CloudApiStandIn> {
  const sandbox = await createSandbox({ port: 0, databasePath: ':memory:', readDelayMs: -1 });
  const { config, core } = sandbox;
  const accessToken = config.accessTokens[0];
  if (accessToken === undefined) throw new Error('[@wa-demo/runtime-tests] the sandbox has no access token');
  return {
    credentials: {
      graphUrl: sandbox.cloudBaseUrl,
      accessToken,
      phoneNumberId: config.phoneNumberId,
      appSecret: config.appSecret,
      verifyToken: config.verifyToken,
    },
    async subscribe(url) {
      const result = await sandbox.setCallbackUrl('cloud', url);
      if (!result.ok)
        throw new Error(`[@wa-demo/runtime-tests] handshake with ${url} failed: ${result.detail}`);
    },
    customerSays(waId, text) {
      core.ensureCustomer(waId, 'Runtime Tester');
      return core.customerAction(waId, { kind: 'text', text }).id;
    },
    nextSendTo(waId) {
      return new Promise((resolve) => {
        const stop = core.subscribe((change) => {
          if (change.type !== 'message' || change.waId !== waId) return;
          const record = core.store.getMessage(change.id);
          if (record?.direction !== 'business') return;
          stop();
          resolve({ to: record.waId, body: record.body });
        });
      });
    },
    close: () => sandbox.close(),
  };
}
