import { MissingSettingError, ValidationError } from '@wa/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type OnPremTestServer, startOnPremServer } from '../test/onprem-test-server.ts';
import { textMessage } from '../test/test-client.ts';
import { createOnPremClient } from './create-onprem-client.ts';

let server: OnPremTestServer;

beforeEach(async () => {
  server = await startOnPremServer();
  vi.stubEnv('WHATSAPP_ONPREM_URL', undefined);
  vi.stubEnv('WHATSAPP_ONPREM_USERNAME', undefined);
  vi.stubEnv('WHATSAPP_ONPREM_PASSWORD', undefined);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

describe('settings', () => {
  it('reads baseUrl, username and password from the environment', async () => {
    vi.stubEnv('WHATSAPP_ONPREM_URL', `${server.url}/`);
    vi.stubEnv('WHATSAPP_ONPREM_USERNAME', server.username);
    vi.stubEnv('WHATSAPP_ONPREM_PASSWORD', server.password);
    const result = await createOnPremClient().send(textMessage);
    expect(result.api).toBe('onprem');
    expect(server.requests.map((r) => r.path)).toStrictEqual(['/v1/users/login', '/v1/messages']);
  });

  it.each([
    [{}, 'baseUrl', 'WHATSAPP_ONPREM_URL'],
    [{ baseUrl: 'http://127.0.0.1:1' }, 'username', 'WHATSAPP_ONPREM_USERNAME'],
    [{ baseUrl: 'http://127.0.0.1:1', username: 'admin' }, 'password', 'WHATSAPP_ONPREM_PASSWORD'],
  ])('names the missing setting and its environment variable (%j)', (settings, setting, variable) => {
    const error = (() => {
      try {
        createOnPremClient(settings);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(MissingSettingError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ setting, environmentVariable: variable });
    expect((error as Error).message).toContain(variable);
  });

  it.each([
    [{ baseUrl: 'not a url', token: 't' }, '$.baseUrl'],
    [{ baseUrl: 'ftp://127.0.0.1', token: 't' }, '$.baseUrl'],
    [{ baseUrl: 'http://user:secret@127.0.0.1', token: 't' }, '$.baseUrl'],
    [{ baseUrl: 'http://127.0.0.1', token: ' ' }, '$.token'],
    [{ baseUrl: 'http://127.0.0.1', token: 't', fetch: globalThis.fetch, tls: { ca: 'pem' } }, '$.tls'],
    [{ baseUrl: 'http://127.0.0.1', token: 't', tokenRefreshMarginMs: -1 }, '$.tokenRefreshMarginMs'],
    [{ baseUrl: 'http://127.0.0.1', token: 't', timeout: 0 }, '$.timeout'],
    [{ baseUrl: 'http://127.0.0.1', token: 't', timeout: Number.NaN }, '$.timeout'],
  ])('rejects invalid settings %j at %s', (settings, path) => {
    expect(() => createOnPremClient(settings)).toThrow(ValidationError);
    try {
      createOnPremClient(settings);
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.path)).toContain(path);
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      return fetch(input, init);
    };
    await createOnPremClient({
      baseUrl: server.url,
      username: server.username,
      password: server.password,
      fetch: countingFetch,
    }).health();
    expect(seen).toStrictEqual(['POST /v1/users/login', 'GET /v1/health']);
  });
});
