import { createSandbox, type Sandbox } from '@wa/sandbox';
import {
  type CloudClientSettings,
  createCloudClient,
  GraphApiError,
  ServiceWindowClosedError,
} from '@wa/transport-cloud';
import { createOnPremClient, OnPremApiError } from '@wa/transport-onprem';
import { createWebhookHandler } from '@wa/webhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDemoSendChecks } from './demo-send-checks.ts';

// The two send failures the checks prevent, end to end against the sandbox: with a check on, the client
// refuses before any request; with it off, the sandbox answers with the API's own error.
let sandbox: Sandbox;
/** Failed statuses the sandbox reported, by message ID: their error codes. */
const failedStatuses = new Map<string, number[]>();

beforeAll(async () => {
  sandbox = await createSandbox({ serviceWindow: true, messagesPerSecond: 0, pairBurst: 0 });
});
afterAll(() => sandbox.close());

/** The real `fetch`, counting the requests that left the client. */
function countingFetch() {
  const counter = { requests: 0 };
  const fetchAndCount: typeof fetch = (input, init) => {
    counter.requests++;
    return fetch(input, init);
  };
  return { counter, fetch: fetchAndCount };
}

function cloud(settings: CloudClientSettings = {}) {
  return createCloudClient({ ...sandbox.cloud, pacing: false, ...settings });
}

/** `order_update` (a header parameter and three body parameters) with one body parameter too few. */
const oneParameterTooFew = {
  name: 'order_update',
  language: 'en_US',
  components: [
    { type: 'header' as const, parameters: [{ type: 'text' as const, text: '#1042' }] },
    {
      type: 'body' as const,
      parameters: [
        { type: 'text' as const, text: 'Ana' },
        { type: 'text' as const, text: '2 coffees' },
      ],
    },
  ],
};

describe('a template message with one parameter too few', () => {
  it('R-TPL-9 Cloud, check on: ValidationError, and no request reached the sandbox', async () => {
    const { counter, fetch } = countingFetch();
    const before = sandbox.messages().length;
    const error = await cloud({ fetch, ...createDemoSendChecks() })
      .sendTemplate('15551238001', oneParameterTooFew)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'WA_VALIDATION_ERROR' });
    expect((error as { issues: unknown[] }).issues).toContainEqual(
      expect.objectContaining({ rule: 'R-TPL-9', path: '$.template.components[1].parameters' }),
    );
    expect(counter.requests).toBe(0);
    expect(sandbox.messages()).toHaveLength(before);
  });

  it('R-TPL-9 Cloud, check off: the sandbox answers with the API error 132000', async () => {
    const error = await cloud()
      .sendTemplate('15551238001', oneParameterTooFew)
      .catch((caught: unknown) => caught);
    expect(GraphApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 400, errorCode: 132000 });
  });

  it('R-TPL-9 On-Premises, check on: ValidationError, and no request (not even a login)', async () => {
    const { counter, fetch } = countingFetch();
    const client = createOnPremClient({ ...sandbox.onprem, fetch, ...createDemoSendChecks() });
    try {
      await expect(client.sendTemplate('15551238001', oneParameterTooFew)).rejects.toMatchObject({
        code: 'WA_VALIDATION_ERROR',
      });
      expect(counter.requests).toBe(0);
    } finally {
      await client.close();
    }
  });

  it('R-TPL-9 On-Premises, check off: the sandbox answers with the API error 2000', async () => {
    const client = createOnPremClient({ ...sandbox.onprem });
    try {
      const error = await client.sendTemplate('15551238001', oneParameterTooFew).catch((e: unknown) => e);
      expect(OnPremApiError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ errorCode: 2000 });
    } finally {
      await client.close();
    }
  });
});

describe('a text outside the customer service window', () => {
  it('R-DLV-10 Cloud, check on: ServiceWindowClosedError, no request; the window opens when the customer writes', async () => {
    const { counter, fetch } = countingFetch();
    const checks = createDemoSendChecks();
    const client = cloud({ fetch, ...checks });
    const customer = '15551238002';
    const error = await client.sendText(customer, 'Still there?').catch((caught: unknown) => caught);
    expect(ServiceWindowClosedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_SERVICE_WINDOW_CLOSED', rule: 'R-DLV-10', customer });
    expect(counter.requests).toBe(0);

    // The customer writes: the sandbox's signed webhook reaches the handler, which feeds the tracker.
    const webhooks = createWebhookHandler({
      appSecret: sandbox.cloud.appSecret,
      verifyToken: sandbox.cloud.verifyToken,
    });
    webhooks.on('message', (event) => checks.serviceWindow.recordInbound(event));
    await sandbox.setWebhook(webhooks);
    try {
      await sandbox.customer(customer).sendText('hi');
      await sandbox.idle();
      expect((await checks.serviceWindow.status(customer, sandbox.cloud.phoneNumberId)).open).toBe(true);
      const result = await client.sendText(customer, 'Welcome back!');
      expect(result.messageId).toMatch(/^wamid\./);
      expect(counter.requests).toBe(1);
    } finally {
      await sandbox.setWebhook('');
    }
  });

  it('R-DLV-10 Cloud, check off: the sandbox reports the API error 131047', async () => {
    const webhooks = createWebhookHandler({
      appSecret: sandbox.cloud.appSecret,
      verifyToken: sandbox.cloud.verifyToken,
    });
    webhooks.on('status.failed', (event) => {
      failedStatuses.set(
        event.messageId,
        (event.update.errors ?? []).map((entry) => Number(entry.code)),
      );
    });
    await sandbox.setWebhook(webhooks);
    try {
      // WhatsApp reports 131047 in a failed status; a sandbox may also refuse the request at once.
      const outcome = await cloud()
        .sendText('15551238003', 'Still there?')
        .then(
          ({ messageId }) =>
            // The status follows on the sandbox's short timer.
            vi.waitFor(
              () => {
                const codes = failedStatuses.get(messageId);
                if (codes === undefined) throw new Error(`no failed status for ${messageId} yet`);
                return codes;
              },
              { timeout: 5000, interval: 20 },
            ),
          (error: unknown) => (GraphApiError.isInstance(error) ? [error.errorCode] : error),
        );
      expect(outcome).toStrictEqual([131047]);
    } finally {
      await sandbox.setWebhook('');
    }
  });

  it('R-DLV-10 On-Premises, check on: ServiceWindowClosedError, no request', async () => {
    const { counter, fetch } = countingFetch();
    const client = createOnPremClient({ ...sandbox.onprem, fetch, ...createDemoSendChecks() });
    try {
      await expect(client.sendText('15551238004', 'Still there?')).rejects.toMatchObject({
        code: 'WA_SERVICE_WINDOW_CLOSED',
      });
      expect(counter.requests).toBe(0);
    } finally {
      await client.close();
    }
  });
});
