import { ServiceWindowClosedError, ValidationError } from '@wa/schema';
import {
  createServiceWindowTracker,
  createTemplateCatalog,
  type TemplateDefinition,
} from '@wa/schema/templates';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OnPremTestServer, startOnPremServer } from '../test/onprem-test-server.ts';
import { clientFor } from '../test/test-client.ts';
import { OnPremApiError } from './onprem-api-error.ts';

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
const onPremError = (code: number, title: string) => ({
  errors: [{ code, title }],
  meta: { api_status: 'stable', version: '2.53.2' },
});

let server: OnPremTestServer;
beforeEach(async () => {
  server = await startOnPremServer();
});
afterEach(async () => {
  await server.close();
});

describe('the opt-in send checks of the On-Premises client', () => {
  it('R-TPL-9 on: one parameter too few is a ValidationError of @wa/transport-onprem; no request at all', async () => {
    const templateCatalog = createTemplateCatalog({ load: () => definitions });
    const error = await clientFor(server, { templateCatalog })
      .sendTemplate(to, oneParameterTooFew)
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^\[@wa\/transport-onprem\] Invalid template message/);
    expect((error as ValidationError).issues).toContainEqual(
      expect.objectContaining({ rule: 'R-TPL-9', path: '$.template.components[0].parameters' }),
    );
    // Not even a login: the check runs before the client touches the server.
    expect(server.requests).toHaveLength(0);
  });

  it('R-TPL-9 off (the default): the message is sent and the API error 2000 comes back', async () => {
    server.respondNext('POST', '/v1/messages', {
      status: 400,
      body: onPremError(2000, 'Template Param Count Mismatch'),
    });
    const error = await clientFor(server)
      .sendTemplate(to, oneParameterTooFew)
      .catch((caught: unknown) => caught);
    expect(OnPremApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorCode: 2000 });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('R-DLV-10 on: a text outside the window is a ServiceWindowClosedError; no request; a template passes', async () => {
    const serviceWindow = createServiceWindowTracker({ now: () => now });
    await serviceWindow.recordInboundAt(to, now - 30 * 60 * 60 * 1000);
    const client = clientFor(server, { serviceWindow });
    const error = await client.sendText(to, 'Still there?').catch((caught: unknown) => caught);
    expect(ServiceWindowClosedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_SERVICE_WINDOW_CLOSED', rule: 'R-DLV-10', customer: to });
    expect((error as Error).message).toMatch(/^\[@wa\/transport-onprem\] /);
    expect(server.requests).toHaveLength(0);

    await client.sendTemplate(to, { name: 'order_update', language: 'en_US' });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('R-DLV-10 off (the default): the text is sent and the API error 470 comes back', async () => {
    server.respondNext('POST', '/v1/messages', {
      status: 400,
      body: onPremError(470, 'Re-engagement message'),
    });
    const error = await clientFor(server)
      .sendText(to, 'Still there?')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ errorCode: 470 });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });
});
