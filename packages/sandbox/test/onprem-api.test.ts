import {
  onPremContactsResponseSchema,
  onPremErrorResponseSchema,
  onPremHealthResponseSchema,
  onPremLoginResponseSchema,
  onPremMediaUploadResponseSchema,
  onPremSendResponseSchema,
} from '@wa/schema/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer as Sandbox } from '../src/start-sandbox-server.ts';
import { call, startSandbox } from './helpers.ts';

let sandbox: Sandbox;
let token: string;
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

beforeAll(async () => {
  sandbox = await startSandbox({ maxBodyBytes: 64 * 1024 });
  const login = await call(`${sandbox.url}/v1/users/login`, {
    method: 'POST',
    headers: { authorization: basic('admin', 'sandbox-password') },
  });
  token = onPremLoginResponseSchema.parse(login.body).users[0]?.token ?? '';
});
afterAll(() => sandbox.close());

const bearer = () => ({ authorization: `Bearer ${token}` });

function expectOnPremError(body: Record<string, unknown>, code: number): void {
  const parsed = onPremErrorResponseSchema.parse(body);
  expect(parsed.errors.map((error) => error.code)).toContain(code);
  expect(parsed.meta?.api_status).toBe('stable');
}

describe('On-Premises API: login and authentication', () => {
  it('logs in with Basic auth and returns a token with expires_after', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/users/login`, {
      method: 'POST',
      headers: { authorization: basic('admin', 'sandbox-password') },
    });
    expect(status).toBe(200);
    const user = onPremLoginResponseSchema.parse(body).users[0];
    expect(user?.token).toMatch(/^[\w-]{40,}$/);
    expect(user?.expires_after).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00$/);
  });

  it.each([
    ['a wrong password', { authorization: basic('admin', 'wrong') }],
    ['no credentials', {}],
  ])('refuses a login with %s: 401, code 1005', async (_name, headers) => {
    const { status, body } = await call(`${sandbox.url}/v1/users/login`, { method: 'POST', headers });
    expect(status).toBe(401);
    expectOnPremError(body, 1005);
    expect(JSON.stringify(body)).not.toContain('sandbox-password');
  });

  it.each([
    ['no token', {}],
    ['an unknown token', { authorization: 'Bearer forged' }],
  ])('R-HTTP-5 answers %s with 401 and code 1005', async (_name, headers) => {
    const { status, body } = await call(`${sandbox.url}/v1/messages`, {
      headers,
      body: { to: '15551230001', text: { body: 'x' } },
    });
    expect(status).toBe(401);
    expectOnPremError(body, 1005);
  });

  it('logout revokes the token', async () => {
    const login = await call(`${sandbox.url}/v1/users/login`, {
      method: 'POST',
      headers: { authorization: basic('admin', 'sandbox-password') },
    });
    const temporary = onPremLoginResponseSchema.parse(login.body).users[0]?.token ?? '';
    const logout = await call(`${sandbox.url}/v1/users/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${temporary}` },
    });
    expect(logout.status).toBe(200);
    const after = await call(`${sandbox.url}/v1/health`, {
      headers: { authorization: `Bearer ${temporary}` },
    });
    expect(after.status).toBe(401);
  });
});

describe('On-Premises API: messages', () => {
  it('R-RESP-1 accepts a text message and returns an opaque message ID', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/messages`, {
      headers: bearer(),
      body: { to: '15551230002', type: 'text', preview_url: false, text: { body: 'Hello' } },
    });
    expect(status).toBe(201);
    const id = onPremSendResponseSchema.parse(body).messages[0]?.id ?? '';
    expect(id).toMatch(/^gBEG[\w-]{20,}$/);
    expect(sandbox.core.store.getMessage(id)).toMatchObject({ api: 'onprem', waId: '15551230002' });
  });

  it.each([
    ['R-TEXT-2', { to: '15551230001', text: { body: 'x'.repeat(4097) } }],
    ['R-REQ-18', { to: '15551230001', context: { message_id: 'wamid.x' }, text: { body: 'x' } }],
    ['R-REQ-6', { messaging_product: 'whatsapp', to: '15551230001', text: { body: 'x' } }],
  ])('%s: an invalid request gets 400 with the errors array', async (rule, request) => {
    const { status, body } = await call(`${sandbox.url}/v1/messages`, { headers: bearer(), body: request });
    expect(status).toBe(400);
    expectOnPremError(body, 1009);
    expect(JSON.stringify(body)).toContain(rule);
  });

  it('answers malformed JSON with 400 and code 1025', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/messages`, {
      headers: { ...bearer(), 'content-type': 'application/json' },
      raw: '{"to":',
    });
    expect(status).toBe(400);
    expectOnPremError(body, 1025);
  });

  it('answers an oversized body with 413', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/messages`, {
      headers: bearer(),
      body: { to: '15551230001', text: { body: 'x'.repeat(70 * 1024) } },
    });
    expect(status).toBe(413);
    expectOnPremError(body, 1009);
  });

  it('answers an unknown template with 404 and code 2001', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/messages`, {
      headers: bearer(),
      body: {
        to: '15551230001',
        type: 'template',
        template: { name: 'nope', language: { code: 'en_US', policy: 'deterministic' } },
      },
    });
    expect(status).toBe(404);
    expectOnPremError(body, 2001);
  });

  it('R-REQ-21 marks a customer message as read with PUT /v1/messages/{id}', async () => {
    const message = sandbox.core.customerAction('15551230001', { kind: 'text', text: 'hi' });
    const read = await call(`${sandbox.url}/v1/messages/${encodeURIComponent(message.id)}`, {
      method: 'PUT',
      headers: bearer(),
      body: { status: 'read' },
    });
    expect(read.status).toBe(200);
    expect(sandbox.core.store.getMessage(message.id)?.status).toBe('read');
    const unknown = await call(`${sandbox.url}/v1/messages/nope`, {
      method: 'PUT',
      headers: bearer(),
      body: { status: 'read' },
    });
    expect(unknown.status).toBe(404);
    expectOnPremError(unknown.body, 1006);
  });

  it('R-PERF-1 answers 429 with code 1015 past the configured messages per second', async () => {
    const limited = await startSandbox({ messagesPerSecond: 1 });
    try {
      const login = await call(`${limited.url}/v1/users/login`, {
        method: 'POST',
        headers: { authorization: basic('admin', 'sandbox-password') },
      });
      const limitedToken = onPremLoginResponseSchema.parse(login.body).users[0]?.token ?? '';
      const send = () =>
        call(`${limited.url}/v1/messages`, {
          headers: { authorization: `Bearer ${limitedToken}` },
          body: { to: '15551230001', text: { body: 'x' } },
        });
      const results = [await send(), await send(), await send()];
      const throttled = results.find((result) => result.status === 429);
      expect(results[0]?.status).toBe(201);
      expect(throttled).toBeDefined();
      expectOnPremError(throttled?.body ?? {}, 1015);
    } finally {
      await limited.close();
    }
  });
});

describe('On-Premises API: contacts, media, health, settings, unknown routes', () => {
  it('R-REQ-2 checks contacts', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/contacts`, {
      headers: bearer(),
      body: { blocking: 'wait', contacts: ['+1 555-123-0001', '12'], force_check: true },
    });
    expect(status).toBe(200);
    expect(onPremContactsResponseSchema.parse(body).contacts).toEqual([
      { input: '+1 555-123-0001', status: 'valid', wa_id: '15551230001' },
      { input: '12', status: 'invalid' },
    ]);
  });

  it('uploads, downloads and deletes media; refuses unsupported types', async () => {
    const data = new Uint8Array([1, 2, 3, 4, 5]);
    const uploaded = await call(`${sandbox.url}/v1/media`, {
      headers: { ...bearer(), 'content-type': 'application/pdf' },
      raw: data,
    });
    expect(uploaded.status).toBe(201);
    const id = onPremMediaUploadResponseSchema.parse(uploaded.body).media[0]?.id ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const download = await fetch(`${sandbox.url}/v1/media/${id}`, { headers: bearer() });
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(data);
    expect(
      (await call(`${sandbox.url}/v1/media/${id}`, { method: 'DELETE', headers: bearer() })).status,
    ).toBe(200);
    const gone = await call(`${sandbox.url}/v1/media/${id}`, { headers: bearer() });
    expect(gone.status).toBe(404);
    expectOnPremError(gone.body, 1006);
    const refused = await call(`${sandbox.url}/v1/media`, {
      headers: { ...bearer(), 'content-type': 'application/x-msdownload' },
      raw: data,
    });
    expect(refused.status).toBe(400);
    expectOnPremError(refused.body, 1009);
  });

  it('R-DLV-8 reports health', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/health`, { headers: bearer() });
    expect(status).toBe(200);
    expect(onPremHealthResponseSchema.parse(body).health).toEqual({ gateway_status: 'connected' });
  });

  it('sets the webhook URL with PATCH /v1/settings/application', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/settings/application`, {
      method: 'PATCH',
      headers: bearer(),
      body: { webhooks: { url: 'http://127.0.0.1:9/hook' } },
    });
    expect(status).toBe(200);
    expect(body.settings).toEqual({ application: { webhooks: { url: 'http://127.0.0.1:9/hook' } } });
    expect(sandbox.core.webhooks.url('onprem')).toBe('http://127.0.0.1:9/hook');
    await sandbox.setCallbackUrl('onprem', '');
  });

  it('answers a malformed escape in a media ID with 404 and code 1006, not a crash', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/media/%E0%A4%A`, { headers: bearer() });
    expect(status).toBe(404);
    expectOnPremError(body, 1006);
  });

  it('answers an unknown route with 404 and code 1006, and keeps serving', async () => {
    const { status, body } = await call(`${sandbox.url}/v1/unknown/thing`, { headers: bearer() });
    expect(status).toBe(404);
    expectOnPremError(body, 1006);
    expect((await call(`${sandbox.url}/v1/health`, { headers: bearer() })).status).toBe(200);
  });
});
