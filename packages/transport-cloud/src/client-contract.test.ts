import { bold, wa } from '@wa/format';
import { ValidationError } from '@wa/schema';
import { RequestAbortedError, UnsupportedOperationError } from '@wa/transport-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphServer, startGraphServer } from '../test/graph-server.ts';
import type { CloudClientSettings } from './cloud-client-settings.ts';
import { createCloudClient } from './create-cloud-client.ts';

const token = 'EAAG-test-token-never-logged';
const phoneNumberId = '106540352242922';
const to = '15551234567';
let server: GraphServer;

function client(settings: CloudClientSettings = {}) {
  return createCloudClient({
    accessToken: token,
    phoneNumberId,
    baseUrl: server.origin,
    retry: { baseDelayMs: 1 },
    pacing: false,
    ...settings,
  });
}

beforeAll(async () => {
  server = await startGraphServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
});

describe('the shared client contract on the Cloud API', () => {
  it('R-TEXT-1 sendText takes a wa tagged-template result and sends its text', async () => {
    const name = '*Ana*';
    await client().sendText(to, wa`Hi ${name}, your total is ${bold(wa`€12`)}`);
    const body = (server.requests[0]?.json as { text: { body: string } } | undefined)?.text.body;
    expect(body).toBe(wa`Hi ${name}, your total is ${bold(wa`€12`)}`.text);
    expect(body).toContain('*€12*');
  });

  it('R-TEXT-1 R-REQ-18 R-TPL-PARAM-1 wa results are accepted wherever text is expected (caption, interactive body, reply, template text)', async () => {
    const cloud = client();
    const name = '_Bo_';
    await cloud.sendImage(to, { id: '42', caption: wa`Menu for ${name}` });
    await cloud.sendInteractive(to, {
      type: 'button',
      body: { text: wa`Hi ${name}, ${bold(wa`pick one`)}` },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
    });
    await cloud.reply('wamid.Q', { to, type: 'text', text: { body: wa`Thanks ${name}` } });
    await cloud.sendTemplate(to, {
      name: 'order_update',
      language: 'en_US',
      components: [{ type: 'body', parameters: [{ type: 'text', text: wa`${name}` }] }],
    });
    expect(server.requests.map((request) => request.json)).toStrictEqual([
      {
        messaging_product: 'whatsapp',
        to,
        type: 'image',
        image: { id: '42', caption: wa`Menu for ${name}`.text },
      },
      {
        messaging_product: 'whatsapp',
        to,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: wa`Hi ${name}, ${bold(wa`pick one`)}`.text },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
        },
      },
      {
        messaging_product: 'whatsapp',
        to,
        type: 'text',
        text: { body: wa`Thanks ${name}`.text },
        context: { message_id: 'wamid.Q' },
      },
      {
        messaging_product: 'whatsapp',
        to,
        type: 'template',
        template: {
          name: 'order_update',
          language: { code: 'en_US' },
          components: [{ type: 'body', parameters: [{ type: 'text', text: wa`${name}`.text }] }],
        },
      },
    ]);
  });

  it.each([
    ['a language code', 'en_US'],
    ['a language object', { code: 'en_US' }],
  ] as const)('R-TPL-2 sendTemplate takes %s, as templateMessage does', async (_, language) => {
    await client().sendTemplate(to, { name: 'order_update', language });
    expect(server.requests[0]?.json).toStrictEqual({
      messaging_product: 'whatsapp',
      to,
      type: 'template',
      template: { name: 'order_update', language: { code: 'en_US' } },
    });
  });

  it.each([
    ['R-REQ-2', 'checkContacts', () => client().checkContacts(['15551234567'])],
    ['R-DLV-8', 'health', () => client().health()],
  ] as const)(
    '%s %s is an On-Premises call: it rejects with UnsupportedOperationError, nothing sent',
    async (rule, operation, run) => {
      const error = await run().catch((caught: unknown) => caught);
      expect(UnsupportedOperationError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'WA_UNSUPPORTED_OPERATION', api: 'cloud', operation, rule });
      expect((error as Error).message).toMatch(/^\[@wa\/transport-cloud\] /);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('supports() names what the Cloud API offers', () => {
    const cloud = client();
    expect(
      (['replyContext', 'reaction', 'typingIndicator', 'mediaUrl', 'contactsCheck', 'health'] as const).map(
        (feature) => cloud.supports(feature),
      ),
    ).toStrictEqual([true, true, true, true, false, false]);
  });

  it('close() resolves (nothing to release)', async () => {
    await expect(client().close()).resolves.toBeUndefined();
  });

  it('R-TEXT-2 a ValidationError raised while sending names @wa/transport-cloud', async () => {
    const error = await client()
      .sendText(to, 'x'.repeat(4097))
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^\[@wa\/transport-cloud\] Invalid message for the Cloud API/);
    expect((error as ValidationError).issues[0]).toMatchObject({ rule: 'R-TEXT-2' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('shared settings on the Cloud client', () => {
  it.each([
    ['$.timeout', { timeout: 0 }],
    ['$.timeout', { timeout: Number.NaN }],
    ['$.userAgent', { userAgent: '' }],
    ['$.unknownKeys', { unknownKeys: 'strip' as 'allow' }],
    ['$.pacing.messagesPerSecond', { pacing: { messagesPerSecond: 0 } }],
    ['$.retry.maxAttempts', { retry: { maxAttempts: 0 } }],
    ['$.baseUrl', { baseUrl: 'ftp://127.0.0.1' }],
  ])('rejects %s with a ValidationError naming @wa/transport-cloud', (path, settings) => {
    const error = (() => {
      try {
        client(settings as CloudClientSettings);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^\[@wa\/transport-cloud\] Invalid Cloud client settings/);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toContain(path);
  });

  it('sends the userAgent setting as User-Agent', async () => {
    await client({ userAgent: 'my-shop-bot/2.1' }).sendText(to, 'Hi');
    expect(server.requests[0]?.headers['user-agent']).toBe('my-shop-bot/2.1');
  });

  it('runs sends through a pacer of the user (e.g. one shared through Redis), with the recipient', async () => {
    const runs: Array<{ recipient: string | undefined; aborted: boolean }> = [];
    const sharedPacer = {
      run<T>(task: () => Promise<T>, options?: { recipient?: string; signal?: AbortSignal }) {
        runs.push({ recipient: options?.recipient, aborted: options?.signal?.aborted ?? false });
        return task();
      },
    };
    const result = await client({ pacing: sharedPacer }).sendText(to, 'Paced');
    expect(result.messageId).toBe('wamid.TEST1');
    expect(runs).toStrictEqual([{ recipient: to, aborted: false }]);
  });

  it('an abort while a user pacer holds the send surfaces as the pacer rejects it', async () => {
    const controller = new AbortController();
    const holdingPacer = {
      run<T>(_task: () => Promise<T>, options?: { signal?: AbortSignal }) {
        return new Promise<T>((_, reject) => {
          options?.signal?.addEventListener('abort', () =>
            reject(new RequestAbortedError({ packageName: '@wa/transport-cloud', mayHaveBeenSent: false })),
          );
        });
      },
    };
    const pending = client({ pacing: holdingPacer }).sendText(to, 'Held', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'WA_ABORTED', mayHaveBeenSent: false });
    expect(server.requests).toHaveLength(0);
  });
});
