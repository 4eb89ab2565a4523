import { readdirSync, readFileSync } from 'node:fs';
import { CloudWebhookPayload, OnPremWebhookPayload, safeValidate } from '@wa/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post } from '../test/payloads.ts';
import { startServer, type TestServer } from '../test/test-server.ts';
import { createNodeListener } from './adapters/node.ts';
import { createOnPremWebhookHandler } from './create-onprem-webhook-handler.ts';
import { createWebhookHandler } from './create-webhook-handler.ts';
import { parseWebhookPayload } from './parse-webhook-payload.ts';
import type { WebhookEvent } from './webhook-event.ts';

// The conformance corpus: real webhook bodies (Cloud and On-Premises), each with its source in manifest.json.
const directory = new URL('./__fixtures__/corpus/', import.meta.url);

interface ManifestEntry {
  file: string;
  api: 'cloud' | 'onprem';
  description: string;
  source: { url?: string; repository?: string; commit?: string; path?: string; key?: string; note?: string };
}

const manifest = JSON.parse(readFileSync(new URL('manifest.json', directory), 'utf8')) as {
  files: ManifestEntry[];
};
const bodies = manifest.files.map(
  (entry) => [entry.file, entry, readFileSync(new URL(entry.file, directory), 'utf8')] as const,
);

type Json = Record<string, unknown>;
/** What one event must be, worked out from the raw JSON alone: its kind and the id or code it carries. */
type Expected = [kind: string, key: unknown];

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/** The WhatsApp Business Account fields about templates: each change is one `template` event. */
const templateFields = [
  'message_template_status_update',
  'message_template_quality_update',
  'template_category_update',
];

/** The events a body must give, counted from the JSON without the package: one per message, status and error. */
function expectedEvents(body: Json): Expected[] {
  const ofValue = (value: Json): Expected[] => [
    ...list(value.messages).map((message): Expected => ['message', message.id]),
    ...list(value.statuses).map((status): Expected => ['status', status.id]),
    ...list(value.errors).map((error): Expected => ['error', error.code]),
  ];
  if (!('object' in body)) return ofValue(body);
  return list(body.entry).flatMap((entry) =>
    list(entry.changes).flatMap((change): Expected[] =>
      change.field === 'messages'
        ? ofValue(change.value as Json)
        : templateFields.includes(String(change.field))
          ? [['template', String((change.value as Json).message_template_id)]]
          : [['unknown', change.field]],
    ),
  );
}

function actual(events: readonly WebhookEvent[]): Expected[] {
  return events.map((event): Expected => {
    switch (event.kind) {
      case 'message':
      case 'status':
        return [event.kind, event.messageId];
      case 'error':
        return ['error', event.error.code];
      case 'template':
        return ['template', event.templateId];
      case 'unknown':
        return ['unknown', event.field];
      default:
        return ['invalid', event.path];
    }
  });
}

describe('webhook conformance corpus', () => {
  it('lists every corpus file in the manifest, and only those', () => {
    const files = readdirSync(directory)
      .filter((name) => name.endsWith('.json') && name !== 'manifest.json')
      .sort();
    expect(manifest.files.map((entry) => entry.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(manifest.files.map((entry) => [entry.file, entry] as const))(
    'names the source of %s (a URL, or a repository, commit and path)',
    (_file, { source, description }) => {
      expect(description.length).toBeGreaterThan(0);
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\/developers\.facebook\.com\//);
      else {
        expect(source.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
        expect(source.path).toEqual(expect.any(String));
      }
    },
  );

  it('covers every Cloud message type and status the schema names, and both APIs', () => {
    const seen = new Set<string>();
    for (const [, , text] of bodies) {
      for (const event of parseWebhookPayload(JSON.parse(text)).events)
        seen.add(`${event.api}:${event.name}`);
    }
    const cloudNames = [
      'message.text',
      'message.image',
      'message.audio',
      'message.video',
      'message.document',
      'message.sticker',
      'message.location',
      'message.contacts',
      'message.interactive',
      'message.interactive.button_reply',
      'message.interactive.list_reply',
      'message.interactive.nfm_reply',
      'message.button',
      'message.reaction',
      'message.order',
      'message.system',
      'message.unsupported',
      'message.unknown',
      'message.interactive.unknown',
      'status.sent',
      'status.delivered',
      'status.read',
      'status.played',
      'status.failed',
      'template.status',
      'template.quality',
      'template.category',
      'error',
      'unknown',
    ];
    const onPremNames = [
      'message.text',
      'message.image',
      'message.audio',
      'message.document',
      'message.sticker',
      'message.contacts',
      'message.interactive.button_reply',
      'message.button',
      'message.location',
      'message.system',
      'message.unknown',
    ];
    expect(cloudNames.filter((name) => !seen.has(`cloud:${name}`))).toEqual([]);
    expect(onPremNames.filter((name) => !seen.has(`onprem:${name}`))).toEqual([]);
    expect(
      ['status.read', 'status.deleted', 'status.failed', 'error'].filter(
        (name) => !seen.has(`onprem:${name}`),
      ),
    ).toEqual([]);
  });

  it.each(bodies)(
    'R-WH-1 R-WH-3 parses %s: every message, status and error comes out as a typed event, in order',
    (_file, entry, text) => {
      const body = JSON.parse(text) as Json;
      const { api, events } = parseWebhookPayload(body);
      expect(api).toBe(entry.api);
      const expected = expectedEvents(body);
      expect(expected.length).toBeGreaterThan(0);
      expect(actual(events)).toEqual(expected);
      // Errors inside messages and statuses stay with their part.
      for (const event of events) {
        if (event.kind !== 'message') continue;
        const raw = findById(body, event.messageId);
        expect(event.message.errors ?? []).toHaveLength(list(raw?.errors).length);
      }
    },
  );

  it.each(bodies)(
    'R-WH-1 R-WH-3 %s is accepted whole by the payload schema of @wa/schema',
    (_file, entry, text) => {
      const result =
        entry.api === 'cloud'
          ? safeValidate(CloudWebhookPayload, JSON.parse(text), 'Cloud webhook payload')
          : safeValidate(OnPremWebhookPayload, JSON.parse(text), 'On-Premises webhook payload');
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  function eventsOf(file: string): WebhookEvent[] {
    return parseWebhookPayload(JSON.parse(readFileSync(new URL(file, directory), 'utf8'))).events;
  }

  it('types the template changes of the account: status, quality and category', () => {
    const [approved] = eventsOf('cloud-template-status-approved.json');
    expect(approved).toMatchObject({
      kind: 'template',
      name: 'template.status',
      api: 'cloud',
      metadata: { businessAccountId: '310987654321098' },
      templateId: '1204583710923856',
      templateName: 'order_update',
      language: 'en_US',
      status: 'APPROVED',
      reason: 'NONE',
      category: 'UTILITY',
    });
    const [disabled] = eventsOf('cloud-template-status-disabled.json');
    expect(disabled?.name === 'template.status' && disabled.value.disable_info).toEqual({
      disable_date: '1764158800',
    });
    const [quality] = eventsOf('cloud-template-quality-update.json');
    expect(quality).toMatchObject({ name: 'template.quality', score: 'YELLOW', previousScore: 'GREEN' });
    const [category] = eventsOf('cloud-template-category-update.json');
    expect(category).toMatchObject({
      name: 'template.category',
      category: 'MARKETING',
      previousCategory: 'UTILITY',
      correctCategory: undefined,
      effectiveAt: undefined,
    });
    const [impending] = eventsOf('cloud-template-category-impending.json');
    expect(impending).toMatchObject({
      name: 'template.category',
      category: 'UTILITY',
      correctCategory: 'MARKETING',
      effectiveAt: new Date(1766923700 * 1000),
    });
  });

  it('R-WH-3 types an On-Premises voice message as a voice audio message', () => {
    const [event] = eventsOf('onprem-voice.json');
    expect(event?.name).toBe('message.audio');
    expect(event?.kind === 'message' && event.message.type === 'audio' && event.message.audio).toMatchObject({
      voice: true,
      mime_type: 'audio/ogg; codecs=opus',
      id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    });
  });

  it('R-WH-3 keeps an On-Premises template button reply whose payload is null', () => {
    const [event] = eventsOf('onprem-button-null-payload.json');
    expect(event?.kind === 'message' && event.message.type === 'button' && event.message.button).toEqual({
      payload: null,
      text: 'Yes',
    });
  });

  it('R-WH-6 dispatches the reply-less interactive message and the 131000 error beside it', () => {
    const events = eventsOf('cloud-interactive-without-reply-131000.json');
    expect(events.map((event) => event.name)).toEqual(['message.interactive', 'error']);
    expect(events[1]?.kind === 'error' && events[1].error.code).toBe(131000);
  });

  describe('over HTTP (Cloud bodies signed to the Cloud handler, On-Premises ones to the On-Premises intake)', () => {
    const dispatched: WebhookEvent[] = [];
    const cloud = createWebhookHandler({ appSecret: 'test-app-secret-0123456789abcdef', dedupe: false });
    const onPrem = createOnPremWebhookHandler({ pathSecret: 'corpus-path-secret-0123456789', dedupe: false });
    for (const handler of [cloud, onPrem]) {
      handler.onAny((event) => {
        dispatched.push(event);
      });
    }
    let cloudServer: TestServer;
    let onPremServer: TestServer;
    beforeAll(async () => {
      cloudServer = await startServer(createNodeListener(cloud));
      onPremServer = await startServer(createNodeListener(onPrem));
    });
    afterAll(async () => {
      await cloudServer.close();
      await onPremServer.close();
    });
    const send = (api: 'cloud' | 'onprem', text: string) =>
      api === 'cloud'
        ? post(cloudServer.url, text)
        : fetch(`${onPremServer.url}/webhook/corpus-path-secret-0123456789`, {
            method: 'POST',
            body: text,
            headers: { 'content-type': 'application/json' },
          });

    it.each(bodies)('answers 200 to %s and dispatches one event per part', async (_file, entry, text) => {
      dispatched.length = 0;
      const response = await send(entry.api, text);
      expect(response.status).toBe(200);
      expect(actual(dispatched)).toEqual(expectedEvents(JSON.parse(text) as Json));
    });

    it.each(bodies)(
      "refuses %s at the other API's endpoint with 400 and dispatches nothing",
      async (_file, entry, text) => {
        dispatched.length = 0;
        const response = await send(entry.api === 'cloud' ? 'onprem' : 'cloud', text);
        expect(response.status).toBe(400);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('WA_WEBHOOK_INVALID_PAYLOAD');
        expect(body.error.message).toContain(
          entry.api === 'cloud'
            ? 'serve those with createWebhookHandler'
            : 'serve those with createOnPremWebhookHandler',
        );
        expect(dispatched).toEqual([]);
      },
    );
  });
});

/** The raw message with `id` anywhere in the body (to compare its own `errors`). */
function findById(body: Json, id: string): Json | undefined {
  const values =
    'object' in body
      ? list(body.entry).flatMap((entry) => list(entry.changes).map((change) => change.value as Json))
      : [body];
  return values.flatMap((value) => list(value?.messages)).find((message) => message.id === id);
}
