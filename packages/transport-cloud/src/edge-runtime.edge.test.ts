import { ValidationError } from '@wa/schema';
import { createCloudClient, GraphApiError, USER_AGENT } from '@wa/transport-cloud';
import { describe, expect, inject, it } from 'vitest';
import { EDGE_ACCESS_TOKEN, type EdgeGraphRequest } from '../test/edge-graph-server.ts';

const origin = inject('edgeGraphOrigin');

/** What the loopback Graph stand-in (started in Node by the project's global setup) received so far. */
async function received(): Promise<EdgeGraphRequest[]> {
  const response = await fetch(`${origin}/__requests`);
  return (await response.json()) as EdgeGraphRequest[];
}

describe('@wa/transport-cloud on an edge runtime (@edge-runtime/vm)', () => {
  it('runs in the edge context, where Node globals are absent', () => {
    expect(typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('string');
    expect(typeof process).toBe('undefined');
    expect(typeof Buffer).toBe('undefined');
    expect('setImmediate' in globalThis).toBe(false);
  });

  it("sends a text over the edge runtime's fetch to a loopback Graph server", async () => {
    const client = createCloudClient({
      accessToken: EDGE_ACCESS_TOKEN,
      phoneNumberId: '106540352242922',
      baseUrl: origin,
      retry: false,
    });
    const result = await client.sendText('15551234567', 'Hello from the edge');
    expect(result).toEqual({
      api: 'cloud',
      messageId: 'wamid.EDGE1',
      contacts: [{ input: '15551234567', waId: '15551234567' }],
    });
    // toEqual: the edge runtime's Response.json() builds objects of its own realm.
    expect(await received()).toEqual([
      {
        method: 'POST',
        url: '/v26.0/106540352242922/messages',
        authorization: `Bearer ${EDGE_ACCESS_TOKEN}`,
        userAgent: USER_AGENT,
        contentType: expect.stringMatching(/^application\/json/),
        body: {
          messaging_product: 'whatsapp',
          to: '15551234567',
          type: 'text',
          text: { body: 'Hello from the edge' },
        },
      },
    ]);
  });

  it('R-TEXT-2 rejects a text body over 4096 characters before sending anything', async () => {
    const client = createCloudClient({ accessToken: EDGE_ACCESS_TOKEN, phoneNumberId: '1', baseUrl: origin });
    const before = (await received()).length;
    await expect(client.sendText('15551234567', 'x'.repeat(4097))).rejects.toBeInstanceOf(ValidationError);
    expect(await received()).toHaveLength(before);
  });

  it('turns a Graph error answer into a GraphApiError', async () => {
    const client = createCloudClient({
      accessToken: 'revoked-token',
      phoneNumberId: '1',
      baseUrl: origin,
      retry: false,
    });
    const error = await client.sendText('15551234567', 'Hi').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ statusCode: 401, errorCode: 190 });
    expect(String((error as Error).message)).not.toContain('revoked-token');
  });
});
