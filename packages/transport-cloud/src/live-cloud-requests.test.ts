import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutgoingMessage } from '@wa/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphServer, startGraphServer } from '../test/graph-server.ts';
import { createCloudClient } from './create-cloud-client.ts';

/** Real Cloud API request bodies with their sources (see the manifest in @wa/schema). */
const corpus = join(
  import.meta.dirname,
  '..',
  '..',
  'schema',
  'src',
  'messages',
  '__fixtures__',
  'conformance',
);
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as {
  files: { file: string }[];
};

const phoneNumberId = '106540352242922';
let server: GraphServer;

function client(apiVersion?: string) {
  return createCloudClient({
    accessToken: 'EAAG-test-token',
    phoneNumberId,
    baseUrl: server.origin,
    apiVersion,
    timeout: 2000,
  });
}

beforeAll(async () => {
  server = await startGraphServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
});

describe('Graph API version in the endpoint path', () => {
  it.each(['v19.0', 'v16.0'])('R-VER-11 sends to /%s/{phone-number-id}/messages', async (version) => {
    await client(version).sendText('15551234567', 'Hi');
    expect(server.requests.map((request) => request.url)).toEqual([`/${version}/${phoneNumberId}/messages`]);
  });
});

describe('real Cloud API request bodies over HTTP', () => {
  it.each(manifest.files.map((entry) => entry.file))('%s arrives exactly as written', async (file) => {
    const body = JSON.parse(readFileSync(join(corpus, file), 'utf8')) as Record<string, unknown>;
    const { messaging_product: _product, ...message } = body;
    await client().send(message as OutgoingMessage);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.json).toStrictEqual(body);
  });
});
