import { ServiceWindowClosedError, ValidationError } from '@wa/schema';
import {
  createServiceWindowTracker,
  createTemplateCatalog,
  type TemplateDefinition,
} from '@wa/schema/templates';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphServer, graphError, startGraphServer } from '../test/graph-server.ts';
import type { CloudClientSettings } from './cloud-client-settings.ts';
import { createCloudClient } from './create-cloud-client.ts';
import { GraphApiError } from './graph-api-error.ts';

const phoneNumberId = '106540352242922';
const to = '15551234567';
const now = Date.UTC(2026, 0, 10, 12);
const definitions: TemplateDefinition[] = [
  {
    name: 'order_update',
    language: 'en_US',
    status: 'APPROVED',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: 'Hi {{1}}, your order {{2}} is ready.' }],
  },
];
/** `order_update` with one body parameter of the two its definition has. */
const oneParameterTooFew = {
  name: 'order_update',
  language: 'en_US',
  components: [{ type: 'body' as const, parameters: [{ type: 'text' as const, text: 'Ada' }] }],
};

let server: GraphServer;
beforeAll(async () => {
  server = await startGraphServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => server.reset());

function client(settings: CloudClientSettings = {}) {
  return createCloudClient({
    accessToken: 'EAAG-test',
    phoneNumberId,
    baseUrl: server.origin,
    retry: false,
    ...settings,
  });
}

describe('the template catalog check on send (opt-in)', () => {
  it('R-TPL-9 on: one parameter too few is a ValidationError of @wa/transport-cloud and no request is made', async () => {
    const templateCatalog = createTemplateCatalog({ load: () => definitions });
    const error = await client({ templateCatalog })
      .sendTemplate(to, oneParameterTooFew)
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^\[@wa\/transport-cloud\] Invalid template message/);
    expect((error as ValidationError).issues).toContainEqual(
      expect.objectContaining({ rule: 'R-TPL-9', path: '$.template.components[0].parameters' }),
    );
    expect(server.requests).toHaveLength(0);
  });

  it('R-TPL-9 on: a matching template message is sent', async () => {
    const templateCatalog = createTemplateCatalog({ load: () => definitions });
    const result = await client({ templateCatalog }).sendTemplate(to, {
      ...oneParameterTooFew,
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
    expect(result.messageId).toBe('wamid.TEST1');
    expect(server.requests).toHaveLength(1);
  });

  it('R-TPL-9 off (the default): the message is sent and the API error 132000 comes back', async () => {
    server.reply({
      status: 400,
      body: graphError(132000, '(#132000) Number of parameters does not match the expected number of params'),
    });
    const error = await client()
      .sendTemplate(to, oneParameterTooFew)
      .catch((caught: unknown) => caught);
    expect(GraphApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorCode: 132000 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('the service window check on send (opt-in)', () => {
  it('R-DLV-10 on: a text to a customer whose window closed is refused, no request, template still sent', async () => {
    const serviceWindow = createServiceWindowTracker({ now: () => now });
    await serviceWindow.recordInboundAt(to, now - 30 * 60 * 60 * 1000, phoneNumberId);
    const cloud = client({ serviceWindow });
    const error = await cloud.sendText(to, 'Still there?').catch((caught: unknown) => caught);
    expect(ServiceWindowClosedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'WA_SERVICE_WINDOW_CLOSED',
      rule: 'R-DLV-10',
      customer: to,
      closedAt: new Date(now - 6 * 60 * 60 * 1000),
    });
    expect((error as Error).message).toMatch(/^\[@wa\/transport-cloud\] /);
    expect(server.requests).toHaveLength(0);

    await cloud.sendTemplate(to, { name: 'order_update', language: 'en_US' });
    expect(server.requests).toHaveLength(1);
  });

  it('R-DLV-10 on: the window is that of this phone number ID; an open one lets the text through', async () => {
    const serviceWindow = createServiceWindowTracker({ now: () => now });
    await serviceWindow.recordInboundAt(to, now - 60_000, 'another-number');
    await expect(client({ serviceWindow }).sendText(to, 'Hi')).rejects.toMatchObject({
      code: 'WA_SERVICE_WINDOW_CLOSED',
    });
    await serviceWindow.recordInboundAt(to, now - 60_000, phoneNumberId);
    await expect(client({ serviceWindow }).sendText(to, 'Hi')).resolves.toMatchObject({
      messageId: 'wamid.TEST1',
    });
  });

  it('R-DLV-10 off (the default): the text is sent and the API error 131047 comes back', async () => {
    server.reply({
      status: 400,
      body: graphError(131047, 'Re-engagement message'),
    });
    const error = await client()
      .sendText(to, 'Still there?')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ errorCode: 131047 });
    expect(server.requests).toHaveLength(1);
  });
});
