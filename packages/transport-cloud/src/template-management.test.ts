import { MissingSettingError, RequestError, ValidationError } from '@wa/schema';
import type { TemplateDefinition } from '@wa/schema/templates';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphServer, graphError, startGraphServer } from '../test/graph-server.ts';
import type { CloudClientSettings } from './cloud-client-settings.ts';
import { createCloudClient } from './create-cloud-client.ts';
import { GraphApiError } from './graph-api-error.ts';

const wabaId = '102290129340398';
const phoneNumberId = '106540352242922';

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
    businessAccountId: wabaId,
    baseUrl: server.origin,
    retry: { baseDelayMs: 1, maxDelayMs: 5, jitter: 'none' },
    ...settings,
  });
}

function template(name: string, language = 'en_US', status = 'APPROVED'): TemplateDefinition {
  return {
    id: `id-${name}-${language}`,
    name,
    language,
    status,
    category: 'UTILITY',
    components: [{ type: 'BODY', text: `Hello {{1}} from ${name}` }],
  };
}

/** The path and the query parameters of recorded request `index`. */
function requestAt(index: number) {
  const request = server.requests[index];
  if (request === undefined) throw new Error(`no request #${index}`);
  const url = new URL(request.url, server.origin);
  return {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    json: request.json,
  };
}

describe('listTemplates', () => {
  it('GETs one page of /{waba-id}/message_templates with the filters as query parameters', async () => {
    server.reply({
      status: 200,
      body: {
        data: [
          template('order_update'),
          { ...template('welcome'), quality_score: { score: 'GREEN' }, extra: 1 },
        ],
        paging: { cursors: { before: 'B1', after: 'A1' }, next: `${server.origin}/next` },
      },
    });
    const page = await client().listTemplates({
      limit: 2,
      after: 'A0',
      name: 'order',
      status: 'APPROVED',
      category: 'UTILITY',
      language: 'en_US',
      fields: ['name', 'language', 'status', 'components'],
    });
    expect(requestAt(0)).toMatchObject({
      method: 'GET',
      path: `/v26.0/${wabaId}/message_templates`,
      query: {
        limit: '2',
        after: 'A0',
        name: 'order',
        status: 'APPROVED',
        category: 'UTILITY',
        language: 'en_US',
        fields: 'name,language,status,components',
      },
    });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer EAAG-test');
    expect(page.data.map((entry) => entry.name)).toStrictEqual(['order_update', 'welcome']);
    expect(page.data[1]).toMatchObject({ quality_score: { score: 'GREEN' }, extra: 1 });
    expect(page.paging?.cursors).toStrictEqual({ before: 'B1', after: 'A1' });
  });

  it('sends no query string without options', async () => {
    server.reply({ status: 200, body: { data: [] } });
    await expect(client().listTemplates()).resolves.toStrictEqual({ data: [] });
    expect(server.requests[0]?.url).toBe(`/v26.0/${wabaId}/message_templates`);
  });

  it('rejects with a RequestError when a 2xx body is not a template list', async () => {
    server.reply({ status: 200, body: { data: [{ name: 'no_language' }] } });
    const error = await client()
      .listTemplates()
      .catch((caught: unknown) => caught);
    expect(RequestError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: false });
  });

  it('rejects with MissingSettingError, before any request, when no business account ID is known', async () => {
    const previous = process.env.WHATSAPP_BUSINESS_ACCOUNT_ID;
    delete process.env.WHATSAPP_BUSINESS_ACCOUNT_ID;
    try {
      const error = await client({ businessAccountId: undefined })
        .listTemplates()
        .catch((caught: unknown) => caught);
      expect(MissingSettingError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain('WHATSAPP_BUSINESS_ACCOUNT_ID');
      expect(server.requests).toHaveLength(0);
    } finally {
      if (previous !== undefined) process.env.WHATSAPP_BUSINESS_ACCOUNT_ID = previous;
    }
  });

  it('reads the business account ID from WHATSAPP_BUSINESS_ACCOUNT_ID', async () => {
    const previous = process.env.WHATSAPP_BUSINESS_ACCOUNT_ID;
    process.env.WHATSAPP_BUSINESS_ACCOUNT_ID = '555000111';
    try {
      const cloud = client({ businessAccountId: undefined });
      expect(cloud.businessAccountId).toBe('555000111');
      server.reply({ status: 200, body: { data: [] } });
      await cloud.listTemplates();
      expect(requestAt(0).path).toBe('/v26.0/555000111/message_templates');
    } finally {
      if (previous === undefined) delete process.env.WHATSAPP_BUSINESS_ACCOUNT_ID;
      else process.env.WHATSAPP_BUSINESS_ACCOUNT_ID = previous;
    }
  });
});

describe('listAllTemplates', () => {
  it('follows paging.cursors.after over 3 pages until no next page is named', async () => {
    server.reply(
      {
        status: 200,
        body: {
          data: [template('a'), template('b')],
          paging: { cursors: { before: 'P1B', after: 'P1A' }, next: `${server.origin}/page2` },
        },
      },
      {
        status: 200,
        body: {
          data: [template('c'), template('c', 'de')],
          paging: {
            cursors: { before: 'P2B', after: 'P2A' },
            next: `${server.origin}/page3`,
            previous: `${server.origin}/page1`,
          },
        },
      },
      {
        status: 200,
        body: { data: [template('d')], paging: { cursors: { before: 'P3B', after: 'P3A' } } },
      },
    );
    const all = await client().listAllTemplates({ status: 'APPROVED', limit: 2 });
    expect(all.map((entry) => `${entry.name}/${entry.language}`)).toStrictEqual([
      'a/en_US',
      'b/en_US',
      'c/en_US',
      'c/de',
      'd/en_US',
    ]);
    expect(server.requests.map((_, index) => requestAt(index).query)).toStrictEqual([
      { status: 'APPROVED', limit: '2' },
      { status: 'APPROVED', limit: '2', after: 'P1A' },
      { status: 'APPROVED', limit: '2', after: 'P2A' },
    ]);
  });

  it('stops when a page repeats a cursor it already followed', async () => {
    const looping = {
      status: 200,
      body: { data: [template('a')], paging: { cursors: { after: 'SAME' }, next: `${server.origin}/again` } },
    };
    server.reply(looping, looping);
    expect(await client().listAllTemplates()).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });
});

describe('getTemplate, createTemplate, editTemplate, deleteTemplate', () => {
  it('getTemplate GETs /{template-id} (with fields) and parses the definition', async () => {
    server.reply({ status: 200, body: template('order_update') });
    const found = await client().getTemplate('594425479261596', { fields: ['name', 'components'] });
    expect(requestAt(0)).toMatchObject({
      method: 'GET',
      path: '/v26.0/594425479261596',
      query: { fields: 'name,components' },
    });
    expect(found).toMatchObject({ name: 'order_update', language: 'en_US', status: 'APPROVED' });
  });

  it('getTemplate works without a business account ID', async () => {
    server.reply({ status: 200, body: template('order_update') });
    await expect(client({ businessAccountId: '' }).getTemplate('1')).resolves.toMatchObject({
      name: 'order_update',
    });
  });

  it('createTemplate POSTs the validated request to /{waba-id}/message_templates', async () => {
    server.reply({ status: 200, body: { id: '594425479261596', status: 'PENDING', category: 'UTILITY' } });
    const request = {
      name: 'order_shipped',
      language: 'en_US',
      category: 'UTILITY' as const,
      components: [
        {
          type: 'BODY',
          text: 'Your order {{1}} has shipped.',
          example: { body_text: [['A-1']] },
        },
      ],
    };
    const created = await client().createTemplate(request);
    expect(created).toStrictEqual({ id: '594425479261596', status: 'PENDING', category: 'UTILITY' });
    expect(requestAt(0)).toMatchObject({
      method: 'POST',
      path: `/v26.0/${wabaId}/message_templates`,
      json: request,
    });
  });

  it('createTemplate refuses an invalid request with a ValidationError of @wa/transport-cloud, no request', async () => {
    const error = await client()
      .createTemplate({
        name: 'Order Shipped',
        language: 'en_US',
        category: 'UTILITY',
        components: [{ type: 'BODY', text: 'x' }],
      })
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^\[@wa\/transport-cloud\] Invalid template creation request/);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toContain('$.name');
    expect(server.requests).toHaveLength(0);
  });

  it('createTemplate is not retried after an ambiguous failure (it is not idempotent)', async () => {
    server.reply({ destroy: 'after-body' });
    const error = await client()
      .createTemplate({
        name: 'order_shipped',
        language: 'en_US',
        category: 'UTILITY',
        components: [{ type: 'BODY', text: 'x' }],
      })
      .catch((caught: unknown) => caught);
    expect(RequestError.isInstance(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('editTemplate POSTs the validated edit to /{template-id}', async () => {
    server.reply({ status: 200, body: { success: true } });
    const edit = { components: [{ type: 'BODY', text: 'Your order {{1}} is on its way.' }] };
    await expect(client().editTemplate('594425479261596', edit)).resolves.toBeUndefined();
    expect(requestAt(0)).toMatchObject({ method: 'POST', path: '/v26.0/594425479261596', json: edit });
  });

  it('editTemplate refuses an unknown field before any request', async () => {
    await expect(client().editTemplate('1', { name: 'renamed' } as never)).rejects.toMatchObject({
      code: 'WA_VALIDATION_ERROR',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('editTemplate rejects when the API does not answer { success: true }', async () => {
    server.reply({ status: 200, body: { success: false } });
    await expect(client().editTemplate('1', { category: 'MARKETING' })).rejects.toMatchObject({
      code: 'WA_NETWORK_ERROR',
    });
  });

  it('deleteTemplate DELETEs by name, or one version with hsm_id', async () => {
    server.reply({ status: 200, body: { success: true } }, { status: 200, body: { success: true } });
    await client().deleteTemplate({ name: 'order_update' });
    await client().deleteTemplate({ name: 'order_update', templateId: '1407680676729941' });
    expect([requestAt(0), requestAt(1)]).toMatchObject([
      { method: 'DELETE', path: `/v26.0/${wabaId}/message_templates`, query: { name: 'order_update' } },
      {
        method: 'DELETE',
        path: `/v26.0/${wabaId}/message_templates`,
        query: { name: 'order_update', hsm_id: '1407680676729941' },
      },
    ]);
    expect(requestAt(0).query).not.toHaveProperty('hsm_id');
  });

  it('a Graph error of a template call is a GraphApiError', async () => {
    server.reply({ status: 400, body: graphError(100, 'Invalid parameter', { error_subcode: 2388023 }) });
    const error = await client()
      .deleteTemplate({ name: 'missing' })
      .catch((caught: unknown) => caught);
    expect(GraphApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ errorCode: 100, errorSubcode: 2388023 });
  });
});

describe('templateCatalog()', () => {
  it('R-TPL-9 loads the account with listAllTemplates and checks messages sent by another client', async () => {
    server.reply(
      {
        status: 200,
        body: { data: [template('order_update')], paging: { cursors: { after: 'A1' }, next: 'x' } },
      },
      { status: 200, body: { data: [template('paused_one', 'en_US', 'PAUSED')] } },
    );
    const catalog = client().templateCatalog({ maxAgeMs: 60_000 });
    const sender = client({ templateCatalog: catalog });
    const error = await sender
      .sendTemplate('15551234567', { name: 'paused_one', language: 'en_US' })
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues[0]).toMatchObject({ rule: 'R-TPL-9' });
    expect(server.requests.map((request) => request.method)).toStrictEqual(['GET', 'GET']);

    await sender.sendTemplate('15551234567', {
      name: 'order_update',
      language: 'en_US',
      components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ada' }] }],
    });
    expect(server.requests.map((request) => request.method)).toStrictEqual(['GET', 'GET', 'POST']);
  });
});
