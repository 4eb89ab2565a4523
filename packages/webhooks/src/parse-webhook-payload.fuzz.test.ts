import { CloudWebhookPayload, OnPremWebhookPayload } from '@wa/schema';
import { inboundMessageTypes, messageStatusValues } from '@wa/schema/webhooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_SECRET, sign } from '../test/payloads.ts';
import { createWebhookHandler } from './create-webhook-handler.ts';
import { parseWebhookPayload } from './parse-webhook-payload.ts';
import type { WebhookEvent } from './webhook-event.ts';
import { WebhookRequestError } from './webhook-request-error.ts';

/** Objects that look like messages and statuses: known and unknown discriminators, random or missing fields. */
const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
const messageLike = fc.record(
  {
    id: fc.oneof(fc.string(), junk),
    from: fc.oneof(fc.string(), junk),
    timestamp: fc.oneof(fc.constant('1763769631'), junk),
    type: fc.oneof(fc.constantFrom(...inboundMessageTypes, 'poll', 'hologram'), junk),
    text: fc.oneof(fc.record({ body: fc.string() }), junk),
    interactive: fc.oneof(
      fc.record({
        type: fc.constantFrom('button_reply', 'list_reply', 'nfm_reply', 'carousel'),
        button_reply: fc.record({ id: fc.string(), title: fc.string() }),
      }),
      junk,
    ),
  },
  { requiredKeys: [] },
);
const statusLike = fc.record(
  {
    id: fc.oneof(fc.string(), junk),
    timestamp: fc.oneof(fc.constant('1763769631'), junk),
    status: fc.oneof(fc.constantFrom(...messageStatusValues, 'pending'), junk),
    errors: fc.oneof(fc.array(fc.record({ code: fc.integer() })), junk),
  },
  { requiredKeys: [] },
);
const value = fc.record(
  {
    messaging_product: fc.constant('whatsapp'),
    metadata: fc.record({ display_phone_number: fc.string(), phone_number_id: fc.string() }),
    contacts: fc.array(fc.record({ wa_id: fc.string(), profile: fc.record({ name: fc.string() }) }), {
      maxLength: 2,
    }),
    messages: fc.array(fc.oneof(messageLike, junk), { maxLength: 3 }),
    statuses: fc.array(fc.oneof(statusLike, junk), { maxLength: 3 }),
    errors: fc.array(fc.oneof(fc.record({ code: fc.integer(), title: fc.string() }), junk), { maxLength: 2 }),
  },
  { requiredKeys: ['messaging_product', 'metadata'] },
);
const change = fc.oneof(
  { weight: 4, arbitrary: fc.record({ field: fc.constant('messages'), value }) },
  {
    weight: 1,
    arbitrary: fc.record({ field: fc.constantFrom('account_update', 'flows'), value: fc.jsonValue() }),
  },
);
const cloudNotification = fc.record({
  object: fc.constant('whatsapp_business_account'),
  entry: fc.array(fc.record({ id: fc.string(), changes: fc.array(change, { maxLength: 3 }) }), {
    maxLength: 3,
  }),
});

type Notification = {
  entry: { changes: { field: string; value: Record<string, unknown[] | undefined> }[] }[];
};

/** How many events a well-formed notification must give: every message, status and error of every change. */
function expectedEventCount(notification: Notification): number {
  let count = 0;
  for (const entry of notification.entry) {
    for (const { field, value: changeValue } of entry.changes) {
      if (field !== 'messages') count += 1;
      else
        count +=
          (changeValue.messages?.length ?? 0) +
          (changeValue.statuses?.length ?? 0) +
          (changeValue.errors?.length ?? 0);
    }
  }
  return count;
}

describe('parseWebhookPayload (fuzzed)', () => {
  it('never throws anything but a WebhookRequestError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (payload) => {
        try {
          parseWebhookPayload(payload);
        } catch (error) {
          expect(WebhookRequestError.isInstance(error)).toBe(true);
          expect((error as WebhookRequestError).status).toBe(400);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('R-WH-1 reads every item of every change of every entry, typing what it can and keeping the rest', () => {
    fc.assert(
      fc.property(cloudNotification, (notification) => {
        const payload = JSON.parse(JSON.stringify(notification)) as Notification;
        const { events } = parseWebhookPayload(payload);
        expect(events).toHaveLength(expectedEventCount(payload));
      }),
      { numRuns: 200 },
    );
  });

  it('gives only typed events for what the schema accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(cloudNotification, (notification) => {
        const payload = JSON.parse(JSON.stringify(notification)) as unknown;
        if (!CloudWebhookPayload.safeParse(payload).success) return;
        accepted += 1;
        const { events } = parseWebhookPayload(payload);
        const invalid = events.filter((event) => event.kind === 'invalid');
        expect(invalid).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // The property must have been exercised, not skipped on every run.
    expect(accepted).toBeGreaterThan(10);
  });
});

/** Cloud bodies whose entries, changes and values may be anything at all. */
const brokenNotification = fc.record({
  object: fc.constant('whatsapp_business_account'),
  entry: fc.array(
    fc.oneof(
      fc.record({
        id: fc.oneof(fc.string(), junk),
        changes: fc.oneof(
          fc.array(fc.oneof(change, fc.record({ field: fc.constant('messages'), value: junk }), junk), {
            maxLength: 3,
          }),
          junk,
        ),
      }),
      junk,
    ),
    { maxLength: 3 },
  ),
});

describe('parseWebhookPayload (fuzzed envelopes)', () => {
  it('R-WH-1 never rejects a Cloud body for a broken entry or change: each becomes one invalid event at its path', () => {
    let broken = 0;
    fc.assert(
      fc.property(brokenNotification, (notification) => {
        const payload = JSON.parse(JSON.stringify(notification)) as { entry: unknown[] };
        const { events } = parseWebhookPayload(payload);
        for (const event of events) {
          if (event.kind !== 'invalid') continue;
          broken += 1;
          // The path points into this body, at a part that exists, and every issue is inside that part.
          expect(event.path).toMatch(/^\$\.entry\[\d+\]/);
          expect(event.issues.length).toBeGreaterThan(0);
          for (const issue of event.issues) expect(issue.path.startsWith(event.path)).toBe(true);
          const [, entryIndex, changeIndex] =
            /^\$\.entry\[(\d+)\](?:\.changes\[(\d+)\])?/.exec(event.path) ?? [];
          const entry = payload.entry[Number(entryIndex)] as { changes?: unknown[] } | null;
          const part = changeIndex === undefined ? entry : entry?.changes?.[Number(changeIndex)];
          if (event.part === 'entry' || event.part === 'change') expect(event.raw).toEqual(part);
        }
      }),
      { numRuns: 200 },
    );
    expect(broken).toBeGreaterThan(10);
  });
});

describe('parseWebhookPayload and CloudWebhookPayload agree (one model)', () => {
  it('R-WH-1 gives an invalid event exactly when the payload schema rejects the body', () => {
    let rejected = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(cloudNotification, brokenNotification), (notification) => {
        const payload = JSON.parse(JSON.stringify(notification)) as unknown;
        const schemaAccepts = CloudWebhookPayload.safeParse(payload).success;
        const { events } = parseWebhookPayload(payload);
        const invalid = events.filter((event) => event.kind === 'invalid');
        expect(invalid.length === 0).toBe(schemaAccepts);
        if (schemaAccepts) accepted += 1;
        else rejected += 1;
      }),
      { numRuns: 300 },
    );
    expect([accepted > 10, rejected > 10]).toEqual([true, true]);
  });

  it('R-WH-3 does the same for On-Premises bodies, and refuses only what OnPremWebhookPayload refuses', () => {
    let rejected = 0;
    let accepted = 0;
    fc.assert(
      fc.property(value, (body) => {
        const payload = JSON.parse(JSON.stringify(body)) as unknown;
        const schemaAccepts = OnPremWebhookPayload.safeParse(payload).success;
        let invalid: number;
        try {
          invalid = parseWebhookPayload(payload).events.filter((event) => event.kind === 'invalid').length;
        } catch (error) {
          expect(WebhookRequestError.isInstance(error)).toBe(true);
          expect(schemaAccepts).toBe(false);
          return;
        }
        expect(invalid === 0).toBe(schemaAccepts);
        if (schemaAccepts) accepted += 1;
        else rejected += 1;
      }),
      { numRuns: 300 },
    );
    expect([accepted > 10, rejected > 10]).toEqual([true, true]);
  });
});

describe('createWebhookHandler (fuzzed)', () => {
  const handler = createWebhookHandler({ appSecret: APP_SECRET, dedupe: false });
  const dispatched: WebhookEvent[] = [];
  handler.onAny((event) => {
    dispatched.push(event);
  });
  const bodies = fc.oneof(
    fc.json(),
    fc.string(),
    cloudNotification.map((notification) => JSON.stringify(notification)),
  );

  function request(body: string, signature: string): Request {
    return new Request('http://localhost/webhook', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    });
  }

  it('answers 200 or 400 to any signed body, never throwing or failing with 500', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const response = await handler(request(body, sign(body)));
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 150 },
    );
  });

  it('dispatches nothing from a body that is not signed with the app secret', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, fc.string(), async (body, other) => {
        dispatched.length = 0;
        const forged = await handler(request(body, sign(body, `${APP_SECRET}${other}x`)));
        const unsigned = await handler(request(body, ''));
        const tampered = await handler(request(`${body} `, sign(body)));
        expect([forged.status, unsigned.status, tampered.status]).toEqual([401, 401, 401]);
        expect(dispatched).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
