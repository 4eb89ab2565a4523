import {
  cloudErrorResponseSchema,
  cloudMediaUrlResponseSchema,
  cloudSendResponseSchema,
} from '@wa/schema/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer as Sandbox } from '../src/start-sandbox-server.ts';
import { call, startSandbox } from './helpers.ts';

const token = 'sandbox-access-token';
const auth = { authorization: `Bearer ${token}` };
let sandbox: Sandbox;
let messagesUrl: string;
let mediaUrl: string;

beforeAll(async () => {
  sandbox = await startSandbox({ maxBodyBytes: 64 * 1024 });
  messagesUrl = `${sandbox.url}/v23.0/${sandbox.config.phoneNumberId}/messages`;
  mediaUrl = `${sandbox.url}/v23.0/${sandbox.config.phoneNumberId}/media`;
});
afterAll(() => sandbox.close());

function expectGraphError(body: Record<string, unknown>, code: number): Record<string, unknown> {
  const parsed = cloudErrorResponseSchema.parse(body);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.fbtrace_id).toMatch(/^[\w-]{10,}$/);
  return body.error as Record<string, unknown>;
}

describe('Cloud API: sending', () => {
  it('R-RESP-2 accepts a valid text message with a wamid. ID it generated', async () => {
    const { status, body } = await call(messagesUrl, {
      headers: auth,
      body: {
        messaging_product: 'whatsapp',
        to: '+1 555-123-0009',
        type: 'text',
        text: { body: 'Hi *there*' },
      },
    });
    expect(status).toBe(200);
    const parsed = cloudSendResponseSchema.parse(body);
    expect(parsed.contacts).toEqual([{ input: '+1 555-123-0009', wa_id: '15551230009' }]);
    const id = parsed.messages[0]?.id ?? '';
    expect(id).toMatch(/^wamid\.[\w-]{20,}$/);
    expect(sandbox.core.store.getMessage(id)?.waId).toBe('15551230009');
    expect(sandbox.core.store.getCustomer('15551230009')).toBeDefined();
  });

  it('R-REQ-1 sends to a `recipient` given as a WhatsApp ID, and refuses one the sandbox cannot map', async () => {
    const known = await call(messagesUrl, {
      headers: auth,
      body: { messaging_product: 'whatsapp', recipient: '15551230002', text: { body: 'by recipient' } },
    });
    expect(known.status).toBe(200);
    expect(cloudSendResponseSchema.parse(known.body).contacts).toEqual([
      { input: '15551230002', wa_id: '15551230002' },
    ]);
    const unknown = await call(messagesUrl, {
      headers: auth,
      body: { messaging_product: 'whatsapp', recipient: 'US.abc', text: { body: 'x' } },
    });
    expect(unknown.status).toBe(400);
    expectGraphError(unknown.body, 131009);
  });

  it('never reuses a message ID', async () => {
    const ids = new Set<string>();
    for (let index = 0; index < 5; index += 1) {
      const { body } = await call(messagesUrl, {
        headers: auth,
        body: { messaging_product: 'whatsapp', to: '15551230001', text: { body: `n${index}` } },
      });
      ids.add(cloudSendResponseSchema.parse(body).messages[0]?.id ?? '');
    }
    expect(ids.size).toBe(5);
  });

  it('accepts an interactive list and a template with currency and date_time parameters', async () => {
    const list = await call(messagesUrl, {
      headers: auth,
      body: {
        messaging_product: 'whatsapp',
        to: '15551230001',
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: 'Pick one' },
          action: { button: 'Menu', sections: [{ title: 'Drinks', rows: [{ id: 'a', title: 'Espresso' }] }] },
        },
      },
    });
    expect(list.status).toBe(200);
    const template = await call(messagesUrl, {
      headers: auth,
      body: {
        messaging_product: 'whatsapp',
        to: '15551230001',
        type: 'template',
        template: {
          name: 'order_update',
          language: { code: 'en_US' },
          components: [
            { type: 'header', parameters: [{ type: 'text', text: '#7' }] },
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Ana' },
                { type: 'currency', currency: { fallback_value: '$3.10', code: 'USD', amount_1000: 3100 } },
                { type: 'date_time', date_time: { fallback_value: 'Monday' } },
              ],
            },
          ],
        },
      },
    });
    expect(template.status).toBe(200);
  });

  it.each([
    [
      'R-TEXT-2',
      { messaging_product: 'whatsapp', to: '15551230001', text: { body: 'x'.repeat(4097) } },
      131009,
    ],
    [
      'R-INT-BTN-2',
      {
        messaging_product: 'whatsapp',
        to: '15551230001',
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Too many' },
          action: {
            buttons: ['a', 'b', 'c', 'd'].map((id) => ({ type: 'reply', reply: { id, title: id } })),
          },
        },
      },
      131009,
    ],
    ['R-REQ-6', { to: '15551230001', text: { body: 'no product' } }, 131009],
    ['R-REQ-19', { messaging_product: 'whatsapp', to: '15551230001', type: 'hsm', hsm: {} }, 131009],
  ])('%s: an invalid request gets 400 with a Graph error naming the rule', async (rule, request, code) => {
    const { status, body } = await call(messagesUrl, { headers: auth, body: request });
    expect(status).toBe(400);
    const error = expectGraphError(body, code);
    expect(JSON.stringify(error.error_data)).toContain(rule);
    expect(error.message).toBe('(#131009) Parameter value is not valid');
  });

  it('answers an unknown template with 132001 and a parameter count mismatch with 132000', async () => {
    const unknown = await call(messagesUrl, {
      headers: auth,
      body: {
        messaging_product: 'whatsapp',
        to: '15551230001',
        type: 'template',
        template: { name: 'no_such_template', language: { code: 'en_US' } },
      },
    });
    expect(unknown.status).toBe(404);
    expectGraphError(unknown.body, 132001);
    const mismatch = await call(messagesUrl, {
      headers: auth,
      body: {
        messaging_product: 'whatsapp',
        to: '15551230001',
        type: 'template',
        template: {
          name: 'order_update',
          language: { code: 'en_US' },
          components: [{ type: 'body', parameters: [{ type: 'text', text: 'only one' }] }],
        },
      },
    });
    expect(mismatch.status).toBe(400);
    expectGraphError(mismatch.body, 132000);
  });

  it('marks a customer message as read (blue ticks) and rejects an unknown message ID', async () => {
    const customerMessage = sandbox.core.customerAction('15551230001', { kind: 'text', text: 'hello' });
    const read = await call(messagesUrl, {
      headers: auth,
      body: { messaging_product: 'whatsapp', status: 'read', message_id: customerMessage.id },
    });
    expect(read).toMatchObject({ status: 200, body: { success: true } });
    expect(sandbox.core.store.getMessage(customerMessage.id)?.status).toBe('read');
    const unknown = await call(messagesUrl, {
      headers: auth,
      body: { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.nope' },
    });
    expect(unknown.status).toBe(400);
    expectGraphError(unknown.body, 100);
  });
});

describe('Cloud API: bad input gets the real answer and the sandbox keeps running', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['a malformed Authorization header', { authorization: token }],
  ])('R-HTTP-5 answers %s with 401 and code 190', async (_name, headers) => {
    const {
      status,
      body,
      headers: answer,
    } = await call(messagesUrl, {
      headers,
      body: { messaging_product: 'whatsapp', to: '15551230001', text: { body: 'x' } },
    });
    expect(status).toBe(401);
    expect(answer.get('www-authenticate')).toContain('invalid_token');
    const error = expectGraphError(body, 190);
    expect(error.type).toBe('OAuthException');
    expect(JSON.stringify(body)).not.toContain(token);
  });

  it('answers malformed JSON with 400 and code 100', async () => {
    const { status, body } = await call(messagesUrl, {
      headers: { ...auth, 'content-type': 'application/json' },
      raw: '{"messaging_product": "whatsapp", "to": ',
    });
    expect(status).toBe(400);
    const error = expectGraphError(body, 100);
    expect(JSON.stringify(error.error_data)).toContain('not valid JSON');
  });

  it('R-HTTP-4 answers a body that is not declared as JSON with 400 and code 100', async () => {
    const { status, body } = await call(messagesUrl, {
      headers: { ...auth, 'content-type': 'text/plain' },
      raw: '{}',
    });
    expect(status).toBe(400);
    expectGraphError(body, 100);
  });

  it('answers an unknown phone number ID with 400, code 100, subcode 33', async () => {
    const { status, body } = await call(`${sandbox.url}/v23.0/999/messages`, {
      headers: auth,
      body: { messaging_product: 'whatsapp', to: '1', text: { body: 'x' } },
    });
    expect(status).toBe(400);
    expect(expectGraphError(body, 100)).toMatchObject({ error_subcode: 33, type: 'GraphMethodException' });
  });

  it.each([
    ['an unknown edge', '/v23.0/106540352242922/unknown', 400],
    ['a too deep Graph path', '/v23.0/106540352242922/messages/extra', 400],
    ['a path outside both APIs', '/definitely/not/here', 404],
  ])('answers %s with code 2500', async (_name, path, expected) => {
    const { status, body } = await call(`${sandbox.url}${path}`, { headers: auth, body: {} });
    expect(status).toBe(expected);
    expectGraphError(body, 2500);
  });

  it('answers an oversized body with 413 without reading it all', async () => {
    const { status, body } = await call(messagesUrl, {
      headers: auth,
      body: { messaging_product: 'whatsapp', to: '15551230001', text: { body: 'x'.repeat(70 * 1024) } },
    });
    expect(status).toBe(413);
    expectGraphError(body, 100);
  });

  it('still serves after all of the above', async () => {
    const { status } = await call(messagesUrl, {
      headers: auth,
      body: { messaging_product: 'whatsapp', to: '15551230001', text: { body: 'still here' } },
    });
    expect(status).toBe(200);
  });
});

describe('Cloud API: media', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

  function upload(type: string, data: Uint8Array<ArrayBuffer>, filename = 'file.bin') {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', type);
    form.set('file', new Blob([data], { type }), filename);
    return call(mediaUrl, { headers: auth, raw: form });
  }

  it('uploads, describes, downloads (with the token only) and deletes a file', async () => {
    const uploaded = await upload('image/png', png, 'dot.png');
    expect(uploaded.status).toBe(200);
    const id = String(uploaded.body.id);
    expect(id).toMatch(/^\d{15,16}$/);
    const info = await call(`${sandbox.url}/v23.0/${id}`, { headers: auth });
    const parsed = cloudMediaUrlResponseSchema.parse(info.body);
    expect(parsed).toMatchObject({ id, mime_type: 'image/png', file_size: png.byteLength });
    const withoutToken = await fetch(parsed.url);
    expect(withoutToken.status).toBe(401);
    const download = await fetch(parsed.url, { headers: auth });
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(png);
    const deleted = await call(`${sandbox.url}/v23.0/${id}`, { method: 'DELETE', headers: auth });
    expect(deleted.body).toEqual({ success: true });
    const gone = await call(`${sandbox.url}/v23.0/${id}`, { headers: auth });
    expect(gone.status).toBe(400);
    expectGraphError(gone.body, 100);
  });

  it('refuses a type WhatsApp does not accept with code 100', async () => {
    const { status, body } = await upload('application/x-msdownload', png);
    expect(status).toBe(400);
    expectGraphError(body, 100);
  });

  it('R-STK-4 refuses a sticker over 500 KB with 131053 (per-kind size limit)', async () => {
    const sandboxWithRoom = await startSandbox({ maxBodyBytes: 2 * 1024 * 1024 });
    try {
      const form = new FormData();
      form.set('messaging_product', 'whatsapp');
      form.set('type', 'image/webp');
      form.set('file', new Blob([new Uint8Array(600 * 1024)], { type: 'image/webp' }), 'big.webp');
      const { status, body } = await call(
        `${sandboxWithRoom.url}/v23.0/${sandboxWithRoom.config.phoneNumberId}/media`,
        {
          headers: auth,
          raw: form,
        },
      );
      expect(status).toBe(400);
      expectGraphError(body, 131053);
    } finally {
      await sandboxWithRoom.close();
    }
  });

  it('refuses an upload over the sandbox body limit with 413 and 131053', async () => {
    const { status, body } = await upload('image/png', new Uint8Array(100 * 1024));
    expect(status).toBe(413);
    expectGraphError(body, 131053);
  });
});

describe('Cloud API: throughput', () => {
  it('R-PERF-1 answers 429 with code 130429 past the configured messages per second', async () => {
    const limited = await startSandbox({ messagesPerSecond: 2 });
    try {
      const url = `${limited.url}/v23.0/${limited.config.phoneNumberId}/messages`;
      const send = () =>
        call(url, {
          headers: auth,
          body: { messaging_product: 'whatsapp', to: '15551230001', text: { body: 'x' } },
        });
      const statuses: number[] = [];
      let throttled: Awaited<ReturnType<typeof send>> | undefined;
      for (let index = 0; index < 4; index += 1) {
        const result = await send();
        statuses.push(result.status);
        if (result.status === 429) throttled = result;
      }
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
      expect(throttled).toBeDefined();
      expectGraphError(throttled?.body ?? {}, 130429);
      expect(Number(throttled?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});

describe('Cloud API: pair rate limit', () => {
  it('answers 400 with code 131056 past the burst to one customer, while others still get through', async () => {
    const limited = await startSandbox({ pairBurst: 2 });
    try {
      const url = `${limited.url}/v23.0/${limited.config.phoneNumberId}/messages`;
      const send = (to: string) =>
        call(url, { headers: auth, body: { messaging_product: 'whatsapp', to, text: { body: 'x' } } });
      expect((await send('15551230001')).status).toBe(200);
      expect((await send('15551230001')).status).toBe(200);
      const third = await send('15551230001');
      expect(third.status).toBe(400);
      expectGraphError(third.body, 131056);
      expect((await send('15551230002')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
