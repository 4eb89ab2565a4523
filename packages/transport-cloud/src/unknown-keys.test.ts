import { ValidationError } from '@wa/schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GraphServer, startGraphServer } from '../test/graph-server.ts';
import { createCloudClient } from './create-cloud-client.ts';

let server: GraphServer;

beforeAll(async () => {
  server = await startGraphServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

function client(unknownKeys?: 'reject' | 'allow') {
  return createCloudClient({
    accessToken: 'EAAG-test-token',
    phoneNumberId: '106540352242922',
    baseUrl: server.origin,
    timeout: 2000,
    unknownKeys,
  });
}

/** A text message with a field the schema does not know (one Meta might add), and a mistyped known one. */
const withNewField = { to: '15551234567', type: 'text', text: { body: 'Hi' }, future_option: { on: true } };
const withTypo = { to: '15551234567', type: 'text', Text: { body: 'Hi' } };

describe('the unknownKeys setting of the Cloud client, over HTTP', () => {
  it('by default an unknown field is a ValidationError with its path, and nothing is sent', async () => {
    const error = await client()
      .send(withNewField as never)
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toContain('$.future_option');
    expect((error as ValidationError).message).toMatch(/^\[@wa\/transport-cloud\]/);
    expect(server.requests).toHaveLength(0);
  });

  it('by default a case variant of a known field gets a "did you mean"', async () => {
    const error = await client()
      .send(withTypo as never)
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).message).toMatch(/did you mean "text"/);
    expect(server.requests).toHaveLength(0);
  });

  it("with 'allow' the unknown field is sent as given, and known fields are still checked", async () => {
    const result = await client('allow').send(withNewField as never);
    expect(result.messageId).toMatch(/^wamid\./);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.json).toMatchObject({ future_option: { on: true }, text: { body: 'Hi' } });

    const tooLong = { ...withNewField, text: { body: 'x'.repeat(4097) } };
    const error = await client('allow')
      .send(tooLong as never)
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues).toEqual([
      expect.objectContaining({ path: '$.text.body', rule: 'R-TEXT-2', limit: 4096 }),
    ]);
    expect(server.requests).toHaveLength(1);
  });
});
