import { afterEach, describe, expect, it } from 'vitest';
import { fixtureText, loadFixtures } from '../test/fixtures.ts';
import {
  APP_SECRET,
  cloudPayload,
  cloudValue,
  post,
  sign,
  status,
  textNotification,
  VERIFY_TOKEN,
} from '../test/payloads.ts';
import { startServer, startWebServer, type TestServer } from '../test/test-server.ts';
import { createNodeListener } from './adapters/node.ts';
import type { WebhookHandler } from './build-webhook-handler.ts';
import { createWebhookHandler as createWebCryptoHandler } from './create-webhook-handler.ts';
import { createWebhookHandler as createNodeCryptoHandler } from './create-webhook-handler-node.ts';
import { createStatusTracker } from './status-tracker.ts';
import type { WebhookEvent } from './webhook-event.ts';
import type { WebhookHandlerError } from './webhook-handler-error.ts';
import type { WebhookHandlerOptions } from './webhook-handler-options.ts';

type Setup = (
  options: Partial<WebhookHandlerOptions>,
) => Promise<{ handler: WebhookHandler; server: TestServer }>;

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const setups: [string, Setup][] = [
  [
    'web handler (Web Crypto) under a real HTTP server',
    async (options) => {
      const handler = createWebCryptoHandler({
        appSecret: APP_SECRET,
        verifyToken: VERIFY_TOKEN,
        ...options,
      });
      const server = await startWebServer(handler);
      servers.push(server);
      return { handler, server };
    },
  ],
  [
    'node:http adapter (node:crypto)',
    async (options) => {
      const handler = createNodeCryptoHandler({
        appSecret: APP_SECRET,
        verifyToken: VERIFY_TOKEN,
        ...options,
      });
      const server = await startServer(createNodeListener(handler));
      servers.push(server);
      return { handler, server };
    },
  ],
];

/** Records every dispatched event and listener failure. */
function record(handler: WebhookHandler): { events: WebhookEvent[]; errors: WebhookHandlerError[] } {
  const events: WebhookEvent[] = [];
  const errors: WebhookHandlerError[] = [];
  handler.onAny((event) => {
    events.push(event);
  });
  handler.onError((error) => {
    errors.push(error);
  });
  return { events, errors };
}

async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toMatch(/^\[@wa\/webhooks\] /);
  return body.error.code;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe.each(setups)('createWebhookHandler: %s', (_name, setup) => {
  describe('subscription handshake (GET)', () => {
    it('answers the challenge as plain text when the verify token matches', async () => {
      const { server } = await setup({});
      const response = await fetch(
        `${server.url}/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toBe('1158201444');
    });

    it.each([
      ['a wrong token', 'hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1'],
      ['a wrong mode', `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`],
      ['no parameters', ''],
    ])('answers 403 for %s', async (_case, query) => {
      const { server } = await setup({});
      const response = await fetch(`${server.url}/webhook?${query}`);
      expect(response.status).toBe(403);
      expect(await errorCode(response)).toBe('WA_WEBHOOK_FORBIDDEN');
    });

    it('answers 403 to every handshake when no verify token is configured', async () => {
      const { server } = await setup({ verifyToken: undefined });
      const response = await fetch(`${server.url}/?hub.mode=subscribe&hub.verify_token=&hub.challenge=1`);
      expect(response.status).toBe(403);
    });
  });

  describe('status contract (POST)', () => {
    it('answers 200 and dispatches a verified notification, using the raw bytes as sent', async () => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const texts: string[] = [];
      handler.on('message.text', (event) => {
        texts.push(event.message.text.body);
      });
      // A recorded body with its own whitespace and escapes: re-serialising it would break the signature.
      const body = fixtureText('cloud-message-text');
      const response = await post(server.url, body);
      expect(response.status).toBe(200);
      expect(events.map((event) => event.name)).toEqual(['message.text']);
      expect(texts).toHaveLength(1);
    });

    it.each([
      ['no signature header', { 'x-hub-signature-256': '' }, 'WA_WEBHOOK_SIGNATURE_MISSING'],
      [
        'a signature made with another secret',
        { 'x-hub-signature-256': sign('{}', 'other') },
        'WA_WEBHOOK_SIGNATURE_INVALID',
      ],
      [
        'a malformed signature header',
        { 'x-hub-signature-256': 'sha256=zz' },
        'WA_WEBHOOK_SIGNATURE_INVALID',
      ],
    ])('answers 401 and dispatches nothing for %s', async (_case, headers, code) => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const body = JSON.stringify(textNotification('wamid.unsigned'));
      const response = await post(server.url, body, headers);
      expect(response.status).toBe(401);
      expect(await errorCode(response)).toBe(code);
      expect(events).toEqual([]);
    });

    it('answers 401 for a tampered body (signature of the original)', async () => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const original = JSON.stringify(textNotification('wamid.original'));
      const tampered = original.replace('Hello', 'Hallo');
      const response = await fetch(server.url, {
        method: 'POST',
        body: tampered,
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(original) },
      });
      expect(response.status).toBe(401);
      expect(events).toEqual([]);
    });

    it('answers 400 with the reason for malformed JSON', async () => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const response = await post(server.url, '{"object":');
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('WA_WEBHOOK_MALFORMED_JSON');
      expect(events).toEqual([]);
    });

    it('answers 400 with the reason for a body that is not UTF-8', async () => {
      const { server } = await setup({});
      const body = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
      const response = await fetch(server.url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) },
      });
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('WA_WEBHOOK_MALFORMED_JSON');
    });

    it('R-WH-1 answers 400 with the reason for a payload that fails the schema', async () => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const response = await post(
        server.url,
        JSON.stringify({ object: 'whatsapp_business_account', entry: {} }),
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('WA_WEBHOOK_INVALID_PAYLOAD');
      expect(body.error.message).toContain('$.entry must be an array');
      expect(events).toEqual([]);
    });

    it.each(['PUT', 'DELETE', 'PATCH'])('answers 405 to %s with the allowed methods', async (method) => {
      const { server } = await setup({});
      const response = await fetch(server.url, { method, body: '{}' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, POST');
      expect(await errorCode(response)).toBe('WA_WEBHOOK_METHOD_NOT_ALLOWED');
    });

    it.each([
      ['text/plain', 'text/plain'],
      ['form data', 'application/x-www-form-urlencoded'],
    ])('answers 415 for a %s body', async (_case, contentType) => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const body = JSON.stringify(textNotification('wamid.type'));
      const response = await post(server.url, body, { 'content-type': contentType });
      expect(response.status).toBe(415);
      expect(events).toEqual([]);
    });

    it('accepts a JSON content type with parameters', async () => {
      const { server } = await setup({});
      const body = JSON.stringify(textNotification('wamid.charset'));
      const response = await post(server.url, body, { 'content-type': 'application/json; charset=utf-8' });
      expect(response.status).toBe(200);
    });

    it('answers 413 for a body over maxBodyBytes, with or without Content-Length', async () => {
      const { handler, server } = await setup({ maxBodyBytes: 1024 });
      const { events } = record(handler);
      const body = JSON.stringify(textNotification('wamid.big').valueOf()).replace('Hello', 'x'.repeat(2000));
      const declared = await post(server.url, body);
      expect(declared.status).toBe(413);
      expect(await errorCode(declared)).toBe('WA_WEBHOOK_BODY_TOO_LARGE');
      const streamed = await fetch(server.url, {
        method: 'POST',
        body: new Blob([body]).stream(),
        duplex: 'half',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) },
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(events).toEqual([]);
      const small = JSON.stringify(textNotification('wamid.small'));
      expect((await post(server.url, small)).status).toBe(200);
      const chunked = JSON.stringify(textNotification('wamid.chunked'));
      const streamedSmall = await fetch(server.url, {
        method: 'POST',
        body: new Blob([chunked]).stream(),
        duplex: 'half',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(chunked) },
      } as RequestInit);
      expect(streamedSmall.status).toBe(200);
      expect(events.map((event) => event.kind === 'message' && event.messageId)).toEqual([
        'wamid.small',
        'wamid.chunked',
      ]);
    });
  });

  describe('every recorded payload', () => {
    const names = [...loadFixtures().keys()];
    const cloudNames = names.filter((name) => !name.startsWith('onprem-'));
    const onPremNames = names.filter((name) => name.startsWith('onprem-'));

    it('has recorded payloads of both APIs', () => {
      expect(cloudNames.length).toBeGreaterThan(10);
      expect(onPremNames.length).toBeGreaterThan(0);
    });

    it.each(onPremNames)(
      'refuses the On-Premises %s with 400, naming the On-Premises intake',
      async (name) => {
        const { handler, server } = await setup({});
        const { events } = record(handler);
        const response = await post(server.url, fixtureText(name));
        expect(response.status).toBe(400);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('WA_WEBHOOK_INVALID_PAYLOAD');
        expect(body.error.message).toContain('createOnPremWebhookHandler');
        expect(events).toEqual([]);
      },
    );

    it.each(cloudNames)('R-WH-3 delivers %s over HTTP as typed events', async (name) => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const body = fixtureText(name);
      const response = await post(server.url, body);
      expect(response.status).toBe(200);
      expect(events.length).toBeGreaterThan(0);
      // Only changes of other webhook fields may be untyped; every message, status and error is typed.
      expect(events.filter((event) => event.kind === 'invalid')).toEqual([]);
      const [kind] = name.split('-').slice(1, 2);
      const expectedKind = kind === 'message' ? 'message' : kind === 'status' ? 'status' : undefined;
      if (expectedKind !== undefined) expect(events.map((event) => event.kind)).toEqual([expectedKind]);
    });
  });

  describe('listeners (delivery: at-least-once, the default)', () => {
    it('answers 200 only after slow listeners finished', async () => {
      const { handler, server } = await setup({});
      let done = false;
      handler.on('message.text', async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        done = true;
      });
      const response = await post(server.url, JSON.stringify(textNotification('wamid.wait')));
      expect(response.status).toBe(200);
      expect(done).toBe(true);
    });

    it('R-DLV-8 answers 500 on a listener failure without its text, and dispatches the redelivery', async () => {
      const { handler, server } = await setup({});
      const { errors } = record(handler);
      let attempts = 0;
      handler.on('message.text', () => {
        attempts += 1;
        if (attempts === 1) throw new Error('database down for +16505551234');
      });
      let deliveries = 0;
      // Runs first ('message' is broader than 'message.text').
      handler.on('message', async () => {
        deliveries += 1;
        if (deliveries === 1) throw new Error('queue full');
      });
      const body = JSON.stringify(textNotification('wamid.retry'));
      const first = await post(server.url, body);
      expect(first.status).toBe(500);
      const text = await first.text();
      expect(JSON.parse(text).error.code).toBe('WA_WEBHOOK_HANDLER_ERROR');
      for (const secret of ['database down', '16505551234', 'queue full', 'Hello']) {
        expect(text).not.toContain(secret);
      }
      expect(errors).toHaveLength(1);
      const [error] = errors;
      expect(error?.event.kind === 'message' && error.event.messageId).toBe('wamid.retry');
      expect(error?.errors.map((cause) => (cause as Error).message).sort()).toEqual([
        'database down for +16505551234',
        'queue full',
      ]);
      expect((await post(server.url, body)).status).toBe(200);
      expect(attempts).toBe(2);
      // Processed: a third delivery is a duplicate.
      expect((await post(server.url, body)).status).toBe(200);
      expect(attempts).toBe(2);
    });

    it('answers 503 with Retry-After while another delivery of the same event is being processed', async () => {
      const { handler, server } = await setup({});
      const gate = deferred();
      let calls = 0;
      handler.on('message.text', async () => {
        calls += 1;
        await gate.promise;
      });
      const body = JSON.stringify(textNotification('wamid.busy'));
      const first = post(server.url, body);
      while (calls === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      const second = await post(server.url, body);
      expect(second.status).toBe(503);
      expect(second.headers.get('retry-after')).toBe('60');
      expect(await errorCode(second)).toBe('WA_WEBHOOK_IN_PROGRESS');
      gate.resolve();
      expect((await first).status).toBe(200);
      expect((await post(server.url, body)).status).toBe(200);
      expect(calls).toBe(1);
    });
  });

  describe("listeners (delivery: 'ack-first')", () => {
    it('answers 200 before slow listeners finish, and they still complete', async () => {
      const { handler, server } = await setup({ delivery: 'ack-first' });
      const gate = deferred();
      const finished = deferred();
      let done = false;
      handler.on('message.text', async () => {
        await gate.promise;
        done = true;
        finished.resolve();
      });
      const response = await post(server.url, JSON.stringify(textNotification('wamid.slow')));
      expect(response.status).toBe(200);
      expect(done).toBe(false);
      gate.resolve();
      await finished.promise;
      expect(done).toBe(true);
    });

    it('hands the promise of late listeners to waitUntil', async () => {
      const waited: Promise<unknown>[] = [];
      const { handler, server } = await setup({
        delivery: 'ack-first',
        waitUntil: (promise) => waited.push(promise),
      });
      let done = false;
      handler.on('message', async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        done = true;
      });
      expect((await post(server.url, JSON.stringify(textNotification('wamid.until')))).status).toBe(200);
      expect(waited).toHaveLength(1);
      await waited[0];
      expect(done).toBe(true);
    });

    it('sends a listener failure to onError, answers 200, and releases the lease', async () => {
      const { handler, server } = await setup({ delivery: 'ack-first' });
      const { errors } = record(handler);
      let attempts = 0;
      handler.on('message.text', () => {
        attempts += 1;
        if (attempts === 1) throw new Error('transient');
      });
      const body = JSON.stringify(textNotification('wamid.ack'));
      expect((await post(server.url, body)).status).toBe(200);
      expect(errors).toHaveLength(1);
      // Meta does not deliver again after a 200, but a manual replay is dispatched.
      expect((await post(server.url, body)).status).toBe(200);
      expect(attempts).toBe(2);
    });
  });

  describe('at-least-once delivery', () => {
    it('dispatches a message once when Meta delivers it twice', async () => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const body = JSON.stringify(textNotification('wamid.dup'));
      expect((await post(server.url, body)).status).toBe(200);
      expect((await post(server.url, body)).status).toBe(200);
      // The same message inside another delivery, next to a new one.
      expect(
        (await post(server.url, JSON.stringify(textNotification('wamid.dup', 'wamid.new')))).status,
      ).toBe(200);
      expect(events.map((event) => event.kind === 'message' && event.messageId)).toEqual([
        'wamid.dup',
        'wamid.new',
      ]);
    });

    it('deduplicates statuses by message id and status value', async () => {
      const { handler, server } = await setup({});
      const { events } = record(handler);
      const delivered = JSON.stringify(
        cloudPayload(cloudValue({ statuses: [status('wamid.s', 'delivered')] })),
      );
      const both = JSON.stringify(
        cloudPayload(cloudValue({ statuses: [status('wamid.s', 'delivered'), status('wamid.s', 'read')] })),
      );
      await post(server.url, delivered);
      await post(server.url, both);
      expect(events.map((event) => event.name)).toEqual(['status.delivered', 'status.read']);
    });

    it('dispatches duplicates when dedupe is off', async () => {
      const { handler, server } = await setup({ dedupe: false });
      const { events } = record(handler);
      const body = JSON.stringify(textNotification('wamid.twice'));
      await post(server.url, body);
      await post(server.url, body);
      expect(events).toHaveLength(2);
    });

    it('R-DLV-1 keeps the furthest status when read arrives before delivered', async () => {
      const { handler, server } = await setup({});
      const tracker = createStatusTracker();
      const saved: string[] = [];
      handler.on('status', (event) => {
        if (tracker.update(event.messageId, event.status).advanced) saved.push(event.status);
      });
      for (const value of ['sent', 'read', 'delivered']) {
        await post(
          server.url,
          JSON.stringify(cloudPayload(cloudValue({ statuses: [status('wamid.o', value)] }))),
        );
      }
      expect(saved).toEqual(['sent', 'read']);
      expect(tracker.get('wamid.o')).toBe('read');
    });
  });
});
