import { bold, wa } from '@wa/format';
import { ValidationError } from '@wa/schema';
import { UnsupportedOperationError } from '@wa/transport-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OnPremTestServer, startOnPremServer } from '../test/onprem-test-server.ts';
import { clientFor } from '../test/test-client.ts';
import type { OnPremClientSettings } from './onprem-client-settings.ts';

const to = '15551234567';
let server: OnPremTestServer;

beforeEach(async () => {
  server = await startOnPremServer();
});
afterEach(async () => {
  await server.close();
});

const messageRequests = () => server.requests.filter((request) => request.path.startsWith('/v1/messages'));

describe('the shared client contract on the On-Premises API', () => {
  it('R-TEXT-1 sendText takes a wa tagged-template result and sends its text', async () => {
    const name = '_Bo_';
    await clientFor(server).sendText(to, wa`Hi ${name}, ${bold(wa`welcome`)}`);
    expect(messageRequests()[0]?.json).toStrictEqual({
      to,
      type: 'text',
      text: { body: wa`Hi ${name}, ${bold(wa`welcome`)}`.text },
    });
  });

  it('R-REQ-20 sendText moves previewUrl to the top-level preview_url', async () => {
    await clientFor(server).sendText(to, 'See https://example.com', { previewUrl: true });
    expect(messageRequests()[0]?.json).toStrictEqual({
      to,
      type: 'text',
      preview_url: true,
      text: { body: 'See https://example.com' },
    });
  });

  it.each([
    ['a language code', 'en_US'],
    ['a language object', { code: 'en_US', policy: 'deterministic' as const }],
  ] as const)('R-TPL-2 sendTemplate takes %s, as templateMessage does', async (_, language) => {
    await clientFor(server).sendTemplate(to, { namespace: 'abc_123', name: 'order_update', language });
    const template = (messageRequests()[0]?.json as { template?: { language: unknown } } | undefined)
      ?.template;
    expect(template?.language).toStrictEqual(typeof language === 'string' ? { code: language } : language);
  });

  it.each([
    [
      'R-REQ-18',
      'reply',
      'replyContext',
      (c: ReturnType<typeof clientFor>) =>
        c.reply('gBEGkYiEB1VXAglK1ZE', { to, type: 'text', text: { body: 'Hi' } }),
    ],
    [
      'R-REQ-18',
      'sendText with replyTo',
      'replyContext',
      (c: ReturnType<typeof clientFor>) => c.sendText(to, 'Hi', { replyTo: 'gBEGkYiEB1VXAglK1ZE' }),
    ],
    [
      undefined,
      'sendReaction',
      'reaction',
      (c: ReturnType<typeof clientFor>) => c.sendReaction(to, 'gBEGkYiEB1VXAglK1ZE', '👍'),
    ],
    [
      undefined,
      'sendTypingIndicator',
      'typingIndicator',
      (c: ReturnType<typeof clientFor>) => c.sendTypingIndicator('gBEGkYiEB1VXAglK1ZE'),
    ],
    [undefined, 'getMediaUrl', 'mediaUrl', (c: ReturnType<typeof clientFor>) => c.getMediaUrl('f043afd0')],
  ] as const)(
    '%s %s is Cloud-only: UnsupportedOperationError before any request',
    async (rule, operation, feature, run) => {
      const error = await run(clientFor(server)).catch((caught: unknown) => caught);
      expect(UnsupportedOperationError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({
        code: 'WA_UNSUPPORTED_OPERATION',
        api: 'onprem',
        operation,
        feature,
        rule,
      });
      expect((error as Error).message).toMatch(
        /^\[@wa\/transport-onprem\] .* is not available on the On-Premises API/,
      );
      expect(server.requests).toHaveLength(0);
    },
  );

  it('supports() names what the On-Premises API offers', () => {
    const client = clientFor(server);
    expect(
      (['replyContext', 'reaction', 'typingIndicator', 'mediaUrl', 'contactsCheck', 'health'] as const).map(
        (feature) => client.supports(feature),
      ),
    ).toStrictEqual([false, false, false, false, true, true]);
  });

  it('R-TEXT-2 a ValidationError raised while sending names @wa/transport-onprem', async () => {
    const error = await clientFor(server)
      .sendText(to, 'x'.repeat(4097))
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^\[@wa\/transport-onprem\] Invalid message for the On-Premises API/,
    );
    expect((error as ValidationError).issues[0]).toMatchObject({ rule: 'R-TEXT-2' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('shared settings on the On-Premises client', () => {
  it.each([
    ['$.timeout', { timeout: 0 }],
    ['$.userAgent', { userAgent: ' ' }],
    ['$.unknownKeys', { unknownKeys: 'strip' as 'allow' }],
    ['$.pacing.maxConcurrency', { pacing: { maxConcurrency: -1 } }],
    ['$.retry.maxAttempts', { retry: { maxAttempts: 0 } }],
  ])('rejects %s with a ValidationError naming @wa/transport-onprem', (path, settings) => {
    const error = (() => {
      try {
        clientFor(server, settings as Partial<OnPremClientSettings>);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^\[@wa\/transport-onprem\] Invalid On-Premises client settings/,
    );
    expect((error as ValidationError).issues.map((issue) => issue.path)).toContain(path);
  });

  it('sends the userAgent setting as User-Agent', async () => {
    await clientFor(server, { userAgent: 'my-shop-bot/2.1' }).health();
    expect(server.requests.map((request) => request.headers['user-agent'])).toStrictEqual([
      'my-shop-bot/2.1',
      'my-shop-bot/2.1',
    ]);
  });

  it('runs sends (not logins or reads) through a pacer of the user, with the recipient', async () => {
    const recipients: Array<string | undefined> = [];
    const sharedPacer = {
      run<T>(task: () => Promise<T>, options?: { recipient?: string; signal?: AbortSignal }) {
        recipients.push(options?.recipient);
        return task();
      },
    };
    const client = clientFor(server, { pacing: sharedPacer });
    await client.markRead('gBEGkYiEB1VXAglK1ZE');
    await client.sendText(to, 'Paced');
    expect(recipients).toStrictEqual([to]);
  });
});
