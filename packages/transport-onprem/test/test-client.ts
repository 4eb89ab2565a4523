import { createOnPremClient } from '../src/create-onprem-client.ts';
import type { OnPremClient } from '../src/onprem-client.ts';
import type { OnPremClientSettings } from '../src/onprem-client-settings.ts';
import type { OnPremTestServer } from './onprem-test-server.ts';

/** Retries without real waiting: 1 ms, doubling, no jitter, so that tests stay fast and deterministic. */
export const FAST_RETRY = {
  baseDelayMs: 1,
  undeliverableBaseDelayMs: 5,
  maxDelayMs: 1000,
  jitter: 'none',
} as const;

/** A client of `server`, logging in with the server's credentials, with fast retries. */
export function clientFor(
  server: OnPremTestServer,
  overrides: Partial<OnPremClientSettings> = {},
): OnPremClient {
  return createOnPremClient({
    baseUrl: overrides.baseUrl ?? server.url,
    username: server.username,
    password: server.password,
    retry: FAST_RETRY,
    ...overrides,
  } as OnPremClientSettings);
}

/** A text message in the dialect-neutral shape both transports accept. */
export const textMessage = {
  to: '15551234567',
  type: 'text',
  text: { body: 'Your order has shipped.' },
} as const;
