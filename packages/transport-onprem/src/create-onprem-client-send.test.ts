import { type OutgoingMessage, ValidationError } from '@wa/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OnPremTestServer, startOnPremServer } from '../test/onprem-test-server.ts';
import { clientFor } from '../test/test-client.ts';

let server: OnPremTestServer;

beforeEach(async () => {
  server = await startOnPremServer();
});
afterEach(async () => {
  await server.close();
});

/** The body the client posted to /v1/messages. */
function postedBody(): unknown {
  return server.requestsTo('/v1/messages', 'POST').at(-1)?.json;
}

const converted: Array<[string, OutgoingMessage, unknown]> = [
  [
    'R-REQ-20 moves text.preview_url to the top level and adds no messaging_product',
    {
      to: '15551234567',
      type: 'text',
      text: { body: 'Tracking: https://example.com/t/42', preview_url: true },
    },
    {
      to: '15551234567',
      type: 'text',
      preview_url: true,
      text: { body: 'Tracking: https://example.com/t/42' },
    },
  ],
  [
    'R-MEDIA-13 keeps the provider of a media link',
    {
      to: '15551234567',
      type: 'image',
      image: {
        link: 'https://media.example.com/receipt.png',
        provider: { name: 'media-cdn' },
        caption: 'Receipt',
      },
    },
    {
      to: '15551234567',
      type: 'image',
      image: {
        link: 'https://media.example.com/receipt.png',
        provider: { name: 'media-cdn' },
        caption: 'Receipt',
      },
    },
  ],
  [
    'R-TPL-4 keeps the template namespace',
    {
      to: '15551234567',
      type: 'template',
      template: { namespace: 'business_a_namespace', name: 'order_update', language: { code: 'en_US' } },
    },
    {
      to: '15551234567',
      type: 'template',
      template: { namespace: 'business_a_namespace', name: 'order_update', language: { code: 'en_US' } },
    },
  ],
];

describe('send converts to the On-Prem dialect', () => {
  it.each(converted)('%s', async (_name, message, expected) => {
    await clientFor(server).send(message);
    expect(postedBody()).toStrictEqual(expected);
  });

  it('R-REQ-19 sends a legacy hsm when legacyHsm is set', async () => {
    const hsm = {
      namespace: 'business_a_namespace',
      element_name: 'order_update',
      language: { policy: 'deterministic', code: 'en' },
      localizable_params: [{ default: 'Ada' }],
    };
    const message = { to: '15551234567', type: 'hsm', hsm } as OutgoingMessage;

    const refused = await clientFor(server)
      .send(message)
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(refused)).toBe(true);

    await clientFor(server, { legacyHsm: true }).send(message);
    expect(postedBody()).toStrictEqual({ to: '15551234567', type: 'hsm', hsm });
  });
});

describe('send rejects what the On-Prem API does not take, before sending anything', () => {
  it.each([
    [
      'R-REQ-18 context (Cloud only)',
      { context: { message_id: 'wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQ' } },
      '$.context',
    ],
    [
      'R-REQ-17 biz_opaque_callback_data (Cloud only)',
      { biz_opaque_callback_data: 'campaign-7' },
      '$.biz_opaque_callback_data',
    ],
  ])('%s', async (_name, extra, path) => {
    const message = { to: '15551234567', type: 'text', text: { body: 'Hi' }, ...extra } as OutgoingMessage;
    const error = await clientFor(server)
      .send(message)
      .catch((caught: unknown) => caught);

    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toContain(path);
    expect(server.requests).toHaveLength(0);
  });

  it('R-TPL-4 / R-VER-4 requires a template namespace for a client before v2.41', async () => {
    const message: OutgoingMessage = {
      to: '15551234567',
      type: 'template',
      template: { name: 'order_update', language: { code: 'en_US' } },
    };
    const error = await clientFor(server, { clientVersion: '2.40.1' })
      .send(message)
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues).toContainEqual(
      expect.objectContaining({
        path: '$.template.namespace',
        rule: expect.stringMatching(/^R-(TPL|VER)-4$/),
      }),
    );
    expect(server.requests).toHaveLength(0);

    await clientFor(server, { clientVersion: '2.53.2' }).send(message);
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('skips validation with validate: false and still moves preview_url', async () => {
    const message = {
      to: '15551234567',
      text: { body: 'x'.repeat(5000), preview_url: false },
    } as OutgoingMessage;
    await expect(clientFor(server).send(message)).rejects.toThrow(ValidationError);
    await clientFor(server).send(message, { validate: false });
    expect(postedBody()).toStrictEqual({
      to: '15551234567',
      preview_url: false,
      text: { body: 'x'.repeat(5000) },
    });
  });
});
