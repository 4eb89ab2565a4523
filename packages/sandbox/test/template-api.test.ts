import {
  createTemplateCatalog,
  templateDefinitionSchema,
  templateListResponseSchema,
} from '@wa/schema/templates';
import { createCloudClient, GraphApiError } from '@wa/transport-cloud';
import { createWebhookHandler } from '@wa/webhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../src/index.ts';
import type { SandboxServer as Sandbox } from '../src/start-sandbox-server.ts';
import { call, type Receiver, startReceiver, startSandbox, waitFor } from './helpers.ts';

const auth = { authorization: 'Bearer sandbox-access-token' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(
  overrides: Parameters<typeof startSandbox>[0] = {},
): Promise<{ sandbox: Sandbox; receiver: Receiver; templatesUrl: string; graph: string }> {
  const receiver = await startReceiver();
  const sandbox = await startSandbox(overrides);
  cleanups.push(
    () => receiver.close(),
    () => sandbox.close(),
  );
  await sandbox.setCallbackUrl('cloud', receiver.url);
  const graph = `${sandbox.url}/v23.0`;
  return { sandbox, receiver, templatesUrl: `${graph}/${sandbox.config.wabaId}/message_templates`, graph };
}

/** The `message_template_status_update` changes the receiver got. */
function templateStatusChanges(receiver: Receiver): Record<string, unknown>[] {
  return receiver
    .posts()
    .flatMap(
      (payload) =>
        (payload.entry as { changes: { field: string; value: Record<string, unknown> }[] }[]) ?? [],
    )
    .flatMap((entry) => entry.changes)
    .filter((change) => change.field === 'message_template_status_update')
    .map((change) => change.value);
}

const named = {
  name: 'pickup_ready',
  language: 'en_US',
  category: 'UTILITY',
  parameter_format: 'NAMED',
  components: [
    {
      type: 'BODY',
      text: 'Hi {{first_name}}, order {{order_id}} is ready.',
      example: {
        body_text_named_params: [
          { param_name: 'first_name', example: 'Ana' },
          { param_name: 'order_id', example: '1042' },
        ],
      },
    },
  ],
};

describe('template management (Cloud API, /{waba-id}/message_templates)', () => {
  it('lists the catalog in Meta shape: one definition per language, APPROVED, with IDs and components', async () => {
    const { templatesUrl } = await setup();
    const { status, body } = await call(templatesUrl, { headers: auth });
    expect(status).toBe(200);
    const page = templateListResponseSchema.parse(body);
    expect(page.data.map((template) => `${template.name}/${template.language}`)).toEqual([
      'hello_world/en_US',
      'order_update/en_US',
      'order_update/en',
      'order_ready/en_US',
      'verification_code/en_US',
      'store_location/en_US',
    ]);
    const orderUpdate = page.data[1];
    expect(orderUpdate).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      status: 'APPROVED',
      category: 'UTILITY',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}' },
        { type: 'BODY', text: 'Hi {{1}}, your order of *{{2}}* is confirmed. It will be ready on {{3}}.' },
        { type: 'FOOTER', text: 'Reply STOP to opt out' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'QUICK_REPLY', text: 'Track order' },
            { type: 'QUICK_REPLY', text: 'Talk to us' },
          ],
        },
      ],
    });
    expect(page.data[3]?.parameter_format).toBe('NAMED');
  });

  it('pages with limit and after/before cursors, and follows paging.next to the end', async () => {
    const { templatesUrl } = await setup();
    const first = await call(`${templatesUrl}?limit=4`, { headers: auth });
    const firstPage = templateListResponseSchema.parse(first.body);
    expect(firstPage.data).toHaveLength(4);
    expect(firstPage.paging?.next).toBeDefined();
    expect(firstPage.paging?.previous).toBeUndefined();
    const second = templateListResponseSchema.parse(
      (await call(String(firstPage.paging?.next), { headers: auth })).body,
    );
    expect(second.data.map((template) => template.name)).toEqual(['verification_code', 'store_location']);
    expect(second.paging?.next).toBeUndefined();
    const back = templateListResponseSchema.parse(
      (await call(`${templatesUrl}?limit=4&before=${second.paging?.cursors?.before}`, { headers: auth }))
        .body,
    );
    expect(back.data).toEqual(firstPage.data);
    const bad = await call(`${templatesUrl}?after=not-a-cursor`, { headers: auth });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 100 });
  });

  it.each([
    ['name', 'name=order', ['order_update', 'order_update', 'order_ready']],
    ['category', 'category=AUTHENTICATION', ['verification_code']],
    ['language', 'language=en', ['order_update']],
    ['status', 'status=PENDING', []],
  ])('filters by %s', async (_label, query, names) => {
    const { templatesUrl } = await setup();
    const { body } = await call(`${templatesUrl}?${query}`, { headers: auth });
    expect(templateListResponseSchema.parse(body).data.map((template) => template.name)).toEqual(names);
  });

  it('R-TPL-9 creates a template PENDING, approves it with a message_template_status_update webhook, and gets it by ID', async () => {
    const { receiver, templatesUrl, graph, sandbox } = await setup();
    const created = await call(templatesUrl, { headers: auth, body: named });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^\d+$/),
      status: 'PENDING',
      category: 'UTILITY',
    });
    const id = String(created.body.id);
    const [approved] = await waitFor(() => {
      const changes = templateStatusChanges(receiver);
      return changes.length > 0 ? changes : undefined;
    });
    expect(approved).toEqual({
      event: 'APPROVED',
      message_template_id: Number(id),
      message_template_name: 'pickup_ready',
      message_template_language: 'en_US',
      reason: 'NONE',
      message_template_category: 'UTILITY',
    });
    const entry = (receiver.posts().at(-1)?.entry as Record<string, unknown>[] | undefined)?.[0];
    expect(entry).toMatchObject({ id: sandbox.config.wabaId, time: expect.any(Number) });
    const fetched = await call(`${graph}/${id}`, { headers: auth });
    expect(templateDefinitionSchema.parse(fetched.body)).toMatchObject({
      id,
      name: 'pickup_ready',
      status: 'APPROVED',
      parameter_format: 'NAMED',
    });
  });

  it('R-TPL-9 keeps a template PENDING (not sendable) for templateReviewDelayMs', async () => {
    const { receiver, templatesUrl, graph } = await setup({ templateReviewDelayMs: 60_000 });
    const created = await call(templatesUrl, { headers: auth, body: named });
    const fetched = await call(`${graph}/${String(created.body.id)}`, { headers: auth });
    expect(fetched.body.status).toBe('PENDING');
    const message = await call(`${graph}/${'106540352242922'}/messages`, {
      headers: auth,
      body: {
        messaging_product: 'whatsapp',
        to: '15551230001',
        type: 'template',
        template: { name: 'pickup_ready', language: { code: 'en_US' } },
      },
    });
    expect(message.status).toBe(404);
    expect(message.body.error).toMatchObject({ code: 132001 });
    expect(templateStatusChanges(receiver)).toEqual([]);
  });

  it.each([
    ['a name with capitals', { ...named, name: 'Pickup' }],
    ['an unknown category', { ...named, category: 'PROMO' }],
    ['no components', { ...named, components: [] }],
    ['no BODY component', { ...named, components: [{ type: 'FOOTER', text: 'x' }] }],
  ])('refuses a creation request with %s (code 100)', async (_label, body) => {
    const { templatesUrl } = await setup();
    const { status, body: answer } = await call(templatesUrl, { headers: auth, body });
    expect(status).toBe(400);
    expect(answer.error).toMatchObject({ code: 100, error_data: { details: expect.any(String) } });
  });

  it('refuses a name that already exists in the language (subcode 2388024)', async () => {
    const { templatesUrl } = await setup();
    const { status, body } = await call(templatesUrl, {
      headers: auth,
      body: { ...named, name: 'order_update' },
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 100, error_subcode: 2388024 });
  });

  it('R-TPL-PARAM-2 sends a named template only with every parameter_name (missing → 132000)', async () => {
    const { templatesUrl, graph, receiver } = await setup();
    await call(templatesUrl, { headers: auth, body: named });
    await waitFor(() => templateStatusChanges(receiver).length > 0);
    const send = (parameters: Record<string, unknown>[]) =>
      call(`${graph}/106540352242922/messages`, {
        headers: auth,
        body: {
          messaging_product: 'whatsapp',
          to: '15551230001',
          type: 'template',
          template: {
            name: 'pickup_ready',
            language: { code: 'en_US' },
            components: [{ type: 'body', parameters }],
          },
        },
      });
    const ok = await send([
      { type: 'text', parameter_name: 'order_id', text: '1042' },
      { type: 'text', parameter_name: 'first_name', text: 'Ana' },
    ]);
    expect(ok.status).toBe(200);
    const missing = await send([{ type: 'text', parameter_name: 'first_name', text: 'Ana' }]);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({
      code: 132000,
      error_data: { details: expect.stringContaining('"order_id"') },
    });
    const wrongName = await send([
      { type: 'text', parameter_name: 'first_name', text: 'Ana' },
      { type: 'text', parameter_name: 'order', text: '1042' },
    ]);
    expect(wrongName.body.error).toMatchObject({ code: 132000 });
  });

  it('edits a template (components replaced, reviewed again) and refuses a category change once approved', async () => {
    const { templatesUrl, graph, receiver } = await setup();
    const id = String((await call(templatesUrl, { headers: auth, body: named })).body.id);
    await waitFor(() => templateStatusChanges(receiver).length === 1);
    const edited = await call(`${graph}/${id}`, {
      headers: auth,
      body: { components: [{ type: 'BODY', text: 'Hello {{first_name}}!' }] },
    });
    expect(edited).toMatchObject({ status: 200, body: { success: true } });
    await waitFor(() => templateStatusChanges(receiver).length === 3);
    expect(templateStatusChanges(receiver).map((change) => change.event)).toEqual([
      'APPROVED',
      'PENDING',
      'APPROVED',
    ]);
    const fetched = await call(`${graph}/${id}`, { headers: auth });
    expect(fetched.body.components).toEqual([{ type: 'BODY', text: 'Hello {{first_name}}!' }]);
    const recategorized = await call(`${graph}/${id}`, { headers: auth, body: { category: 'MARKETING' } });
    expect(recategorized.status).toBe(400);
    expect(recategorized.body.error).toMatchObject({ code: 100 });
    const unknownField = await call(`${graph}/${id}`, { headers: auth, body: { name: 'renamed' } });
    expect(unknownField.status).toBe(400);
  });

  it('deletes by name (every language) or by name and hsm_id (one)', async () => {
    const { templatesUrl, graph } = await setup();
    const list = async () =>
      templateListResponseSchema.parse(
        (await call(`${templatesUrl}?name=order_update`, { headers: auth })).body,
      ).data;
    const [english] = (await list()).filter((template) => template.language === 'en');
    const one = await call(`${templatesUrl}?name=order_update&hsm_id=${english?.id}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(one).toMatchObject({ status: 200, body: { success: true } });
    expect((await list()).map((template) => template.language)).toEqual(['en_US']);
    const all = await call(`${templatesUrl}?name=order_update`, { method: 'DELETE', headers: auth });
    expect(all.status).toBe(200);
    expect(await list()).toEqual([]);
    const again = await call(`${templatesUrl}?name=order_update`, { method: 'DELETE', headers: auth });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ code: 100 });
    const gone = await call(`${graph}/${english?.id}`, { headers: auth });
    expect(gone.status).toBe(400);
    const noName = await call(templatesUrl, { method: 'DELETE', headers: auth });
    expect(noName.body.error).toMatchObject({ code: 100 });
  });

  it('R-HTTP-5 needs the access token, and answers only for its own WhatsApp Business Account', async () => {
    const { templatesUrl, graph } = await setup();
    expect((await call(templatesUrl)).status).toBe(401);
    const other = await call(`${graph}/999999999/message_templates`, { headers: auth });
    expect(other.status).toBe(400);
    expect(other.body.error).toMatchObject({ code: 100 });
  });
});

describe('createSandbox: template statuses', () => {
  it('R-TPL-9 setTemplateStatus pauses a template: the webhook says so and sending it fails with 132015', async () => {
    const sandbox = await createSandbox();
    cleanups.push(() => sandbox.close());
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    await sandbox.setWebhook(receiver.url);
    const client = createCloudClient({
      accessToken: sandbox.cloud.accessToken,
      phoneNumberId: sandbox.cloud.phoneNumberId,
      baseUrl: sandbox.cloud.baseUrl,
      pacing: false,
    });
    const template = {
      name: 'verification_code',
      language: 'en_US',
      components: [{ type: 'body' as const, parameters: [{ type: 'text' as const, text: '123456' }] }],
    };
    await expect(client.sendTemplate('15551230001', template)).resolves.toBeDefined();
    expect(
      sandbox.setTemplateStatus({ name: 'verification_code', status: 'PAUSED', reason: 'LOW_QUALITY' }),
    ).toBe(1);
    await sandbox.idle();
    expect(templateStatusChanges(receiver)).toEqual([
      expect.objectContaining({
        event: 'PAUSED',
        message_template_name: 'verification_code',
        reason: 'LOW_QUALITY',
      }),
    ]);
    const error = await client.sendTemplate('15551230001', template).catch((caught: unknown) => caught);
    expect(GraphApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 400, errorCode: 132015 });
    expect(sandbox.cloud.businessAccountId).toBe('102290129340398');
  });

  it('R-TPL-9 a template catalog loaded from the sandbox follows its template.status webhooks', async () => {
    const sandbox = await createSandbox();
    cleanups.push(() => sandbox.close());
    const handler = createWebhookHandler({
      appSecret: sandbox.cloud.appSecret,
      verifyToken: sandbox.cloud.verifyToken,
    });
    const url = `${sandbox.url}/${sandbox.cloud.apiVersion}/${sandbox.cloud.businessAccountId}/message_templates`;
    let loads = 0;
    const catalog = createTemplateCatalog({
      load: async () => {
        loads += 1;
        const { body } = await call(`${url}?limit=100`, {
          headers: { authorization: `Bearer ${sandbox.cloud.accessToken}` },
        });
        return templateListResponseSchema.parse(body).data;
      },
    });
    const seen: string[] = [];
    handler.on('template.status', (event) => {
      seen.push(`${event.templateName}/${event.language}:${event.status}`);
      catalog.applyStatusChange({ name: event.templateName, language: event.language, status: event.status });
    });
    await sandbox.setWebhook(handler);
    const message = {
      type: 'template',
      to: '15551230001',
      template: {
        name: 'order_ready',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', parameter_name: 'first_name', text: 'Ana' },
              { type: 'text', parameter_name: 'item', text: 'latte' },
            ],
          },
        ],
      },
    };
    await expect(catalog.assertSendable(message)).resolves.toBeUndefined();
    sandbox.setTemplateStatus({ name: 'order_ready', status: 'PAUSED' });
    await sandbox.idle();
    expect(seen).toEqual(['order_ready/en_US:PAUSED']);
    await expect(catalog.assertSendable(message)).rejects.toMatchObject({ code: 'WA_VALIDATION_ERROR' });
    expect(loads).toBe(1);
  });

  it('setTemplateQuality and setTemplateCategory reach a bot as template.quality and template.category events', async () => {
    const sandbox = await createSandbox();
    cleanups.push(() => sandbox.close());
    const handler = createWebhookHandler({
      appSecret: sandbox.cloud.appSecret,
      verifyToken: sandbox.cloud.verifyToken,
    });
    const events: unknown[] = [];
    handler.on('template', (event) => {
      events.push(
        event.name === 'template.quality'
          ? [event.name, event.templateName, event.language, event.previousScore, event.score]
          : event.name === 'template.category'
            ? [event.name, event.templateName, event.language, event.previousCategory, event.category]
            : [event.name, event.templateName, event.language, event.status],
      );
    });
    await sandbox.setWebhook(handler);
    expect(sandbox.setTemplateQuality({ name: 'order_update', language: 'en', score: 'RED' })).toBe(1);
    expect(sandbox.setTemplateCategory({ name: 'store_location', category: 'UTILITY' })).toBe(1);
    expect(sandbox.setTemplateCategory({ name: 'store_location', category: 'UTILITY' })).toBe(0);
    await sandbox.idle();
    expect(events).toEqual([
      ['template.quality', 'order_update', 'en', 'UNKNOWN', 'RED'],
      ['template.category', 'store_location', 'en_US', 'MARKETING', 'UTILITY'],
    ]);
    const { body } = await call(
      `${sandbox.url}/${sandbox.cloud.apiVersion}/${sandbox.cloud.businessAccountId}/message_templates?name=order_update&language=en`,
      { headers: { authorization: `Bearer ${sandbox.cloud.accessToken}` } },
    );
    expect(templateListResponseSchema.parse(body).data[0]?.quality_score).toEqual({
      score: 'RED',
      date: expect.any(Number),
    });
  });
});
