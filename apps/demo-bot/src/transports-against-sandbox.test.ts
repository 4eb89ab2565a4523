import { createSandbox, type Sandbox } from '@wa/sandbox';
import { createCloudClient, GraphApiError } from '@wa/transport-cloud';
import { createOnPremClient, OnPremApiError } from '@wa/transport-onprem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoImage } from './demo-image.ts';

// The published transports against the published sandbox (its public API only): what a user's bot meets
// locally must be what it meets in production (success bodies, error codes, media round trips, login).
let sandbox: Sandbox;
let sandboxUrl: string;

beforeAll(async () => {
  sandbox = await createSandbox({ messagesPerSecond: 2 });
  sandboxUrl = sandbox.url;
});

afterAll(() => sandbox.close());

const cloud = (hooks?: Parameters<typeof createCloudClient>[0]) =>
  createCloudClient({
    accessToken: sandbox.cloud.accessToken,
    phoneNumberId: sandbox.cloud.phoneNumberId,
    apiVersion: sandbox.cloud.apiVersion,
    baseUrl: sandbox.cloud.baseUrl,
    pacing: false,
    ...hooks,
  });

describe('@wa/transport-cloud against the sandbox', () => {
  it('sends a text and gets a wamid. message ID', async () => {
    const result = await cloud().sendText('15551230001', 'Hello from the transport');
    expect(result.messageId).toMatch(/^wamid\./);
    expect(result.contacts).toEqual([{ input: '15551230001', waId: '15551230001' }]);
  });

  it('R-TEXT-2 surfaces the sandbox error as a GraphApiError with code 131009 when client validation is off', async () => {
    const error = await cloud()
      .send({ to: '15551230001', type: 'text', text: { body: 'x'.repeat(4097) } }, { validate: false })
      .catch((caught: unknown) => caught);
    expect(GraphApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 400, errorCode: 131009, isRetryable: false });
  });

  it('R-HTTP-5 surfaces a wrong token as a 401 with code 190, without the token in the message', async () => {
    const client = createCloudClient({
      accessToken: 'EAAG-not-valid-7781',
      phoneNumberId: sandbox.cloud.phoneNumberId,
      baseUrl: sandboxUrl,
      pacing: false,
    });
    const error = await client.sendText('15551230001', 'x').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 401, errorCode: 190 });
    expect(String((error as Error).message)).not.toContain('EAAG-not-valid-7781');
  });

  it('uploads, downloads and deletes media', async () => {
    const client = cloud();
    const image = createDemoImage(16, 16);
    const { id } = await client.uploadMedia({ data: image, mimeType: 'image/png' });
    const downloaded = await client.downloadMedia(id);
    expect(downloaded.mimeType).toBe('image/png');
    expect(Buffer.from(downloaded.data)).toEqual(Buffer.from(image));
    await client.deleteMedia(id);
    await expect(client.downloadMedia(id)).rejects.toMatchObject({ errorCode: 100 });
  });

  it('R-PERF-1 gets through the sandbox throughput limit (429, code 130429) by retrying', async () => {
    const retried: number[] = [];
    const client = cloud({
      hooks: { afterResponse: (event) => event.statusCode === 429 && retried.push(event.attempt) },
    });
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((body) => client.sendText('15551230002', `burst ${body}`)),
    );
    expect(new Set(results.map((result) => result.messageId)).size).toBe(4);
    expect(retried.length).toBeGreaterThan(0);
  });
});

describe('@wa/transport-onprem against the sandbox', () => {
  it('logs in, checks health, sends and marks as read', async () => {
    const client = createOnPremClient({
      ...sandbox.onprem,
    });
    try {
      expect((await client.health()).healthy).toBe(true);
      const result = await client.send({ to: '15551230001', type: 'text', text: { body: 'Hello On-Prem' } });
      expect(result.messageId).toMatch(/^gBEG/);
      const missing = await client.markRead('not-a-message').catch((caught: unknown) => caught);
      expect(OnPremApiError.isInstance(missing)).toBe(true);
      expect(missing).toMatchObject({ statusCode: 404, errorCode: 1006 });
    } finally {
      await client.close();
    }
  });

  it('surfaces a wrong password as a 401 with code 1005', async () => {
    const client = createOnPremClient({
      baseUrl: sandbox.onprem.baseUrl,
      username: sandbox.onprem.username,
      password: 'Not-The-Password-5512',
    });
    try {
      const error = await client.health().catch((caught: unknown) => caught);
      expect(error).toMatchObject({ statusCode: 401, errorCode: 1005 });
      expect(String((error as Error).message)).not.toContain('Not-The-Password-5512');
    } finally {
      await client.close();
    }
  });
});
