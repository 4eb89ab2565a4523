import { type OutgoingMessage, type SendResult, ServiceWindowClosedError, ValidationError } from '@wa/schema';
import {
  createServiceWindowTracker,
  createTemplateCatalog,
  type TemplateDefinition,
} from '@wa/schema/templates';
import { describe, expect, it } from 'vitest';
import { createClientMethods } from './client-methods.ts';
import type { SendChecks } from './send-checks.ts';

const definitions: TemplateDefinition[] = [
  {
    name: 'order_update',
    language: 'en_US',
    status: 'APPROVED',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: 'Hi {{1}}, your order {{2}} is ready.' }],
  },
];

const now = Date.UTC(2026, 0, 10, 12);

/** A client whose core records what reached `core.send` (the transports test the same over HTTP). */
function client(checks: SendChecks | undefined) {
  const sent: OutgoingMessage[] = [];
  const methods = createClientMethods<SendResult, { healthy: boolean; nodes: [] }>({
    api: 'cloud',
    packageName: '@wa/transport-x',
    missing: {},
    checks,
    send: async (message) => {
      sent.push(message);
      return { api: 'cloud', messageId: `m${sent.length}`, contacts: [] };
    },
    markRead: async () => {},
    uploadMedia: async () => ({ id: '1' }),
    downloadMedia: async () => ({ data: new Uint8Array(), mimeType: 'image/png' }),
    deleteMedia: async () => {},
  });
  return { sent, methods };
}

const oneTooFew = {
  name: 'order_update',
  language: 'en_US',
  components: [{ type: 'body' as const, parameters: [{ type: 'text' as const, text: 'Ada' }] }],
};

describe('the opt-in send checks of createClientMethods', () => {
  it('R-TPL-9 refuses a template message with one parameter too few, in the client package, before send', async () => {
    const templateCatalog = createTemplateCatalog({ load: () => definitions });
    const { sent, methods } = client({ templateCatalog });
    const error = await methods.sendTemplate('155', oneTooFew).catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^\[@wa\/transport-x\] Invalid template message/);
    expect((error as ValidationError).issues).toContainEqual(
      expect.objectContaining({ rule: 'R-TPL-9', path: '$.template.components[0].parameters' }),
    );
    expect(sent).toHaveLength(0);

    await methods.sendTemplate('155', {
      ...oneTooFew,
      components: [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Ada' },
            { type: 'text', text: 'A-1' },
          ],
        },
      ],
    });
    expect(sent).toHaveLength(1);
  });

  it('R-DLV-10 refuses free-form messages outside the window on every send path, templates pass', async () => {
    const serviceWindow = createServiceWindowTracker({ now: () => now });
    await serviceWindow.recordInboundAt('155', now - 25 * 60 * 60 * 1000, 'PN1');
    await serviceWindow.recordInboundAt('166', now - 60 * 1000, 'PN1');
    const { sent, methods } = client({ serviceWindow, businessPhoneNumberId: 'PN1' });
    const refused = await Promise.all([
      methods.sendText('155', 'Hi').catch((caught: unknown) => caught),
      methods.send({ to: '155', type: 'text', text: { body: 'Hi' } }).catch((caught: unknown) => caught),
      methods.reply('wamid.A', { to: '155', type: 'text', text: { body: 'Hi' } }).catch((e: unknown) => e),
      methods.sendText('177', 'never wrote').catch((caught: unknown) => caught),
    ]);
    for (const error of refused) {
      expect(ServiceWindowClosedError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'WA_SERVICE_WINDOW_CLOSED', rule: 'R-DLV-10' });
      expect((error as Error).message).toMatch(/^\[@wa\/transport-x\] The customer service window/);
    }
    expect((refused[0] as ServiceWindowClosedError).closedAt).toStrictEqual(new Date(now - 60 * 60 * 1000));
    expect((refused[3] as ServiceWindowClosedError).closedAt).toBeUndefined();
    expect(sent).toHaveLength(0);

    await methods.sendText('166', 'open window');
    await methods.sendTemplate('155', { name: 'order_update', language: 'en_US' });
    expect(sent.map((message) => message.to)).toStrictEqual(['166', '155']);
  });

  it('R-DLV-10 keys the window by the business number the client passes', async () => {
    const serviceWindow = createServiceWindowTracker({ now: () => now });
    await serviceWindow.recordInboundAt('155', now - 60 * 1000, 'PN1');
    const other = client({ serviceWindow, businessPhoneNumberId: 'PN2' });
    await expect(other.methods.sendText('155', 'Hi')).rejects.toMatchObject({
      code: 'WA_SERVICE_WINDOW_CLOSED',
    });
    const same = client({ serviceWindow, businessPhoneNumberId: 'PN1' });
    await expect(same.methods.sendText('155', 'Hi')).resolves.toMatchObject({ messageId: 'm1' });
  });

  it('sends without any check when neither is set (the default)', async () => {
    const { sent, methods } = client(undefined);
    await methods.sendTemplate('155', oneTooFew);
    await methods.sendText('155', 'Hi');
    expect(sent).toHaveLength(2);
  });
});
