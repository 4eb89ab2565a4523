import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeValidate } from '../validation/validate.ts';
import { cloudSendRequestSchema } from './cloud-send-request.ts';
import type { OutgoingMessage } from './outgoing-message.ts';
import { outgoingMessageSchema } from './outgoing-message.ts';
import { toCloudSendRequest } from './to-cloud-send-request.ts';

/**
 * The conformance corpus: real Cloud API send request bodies, each written from the Meta documentation
 * page or the SDK source (repository, commit, path) that its manifest entry names.
 */
const directory = join(import.meta.dirname, '__fixtures__', 'conformance');

interface ManifestEntry {
  file: string;
  source: { url: string } | { repository: string; commit: string; path: string };
  shows: string;
}

const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')) as {
  files: ManifestEntry[];
};

function body(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(directory, file), 'utf8')) as Record<string, unknown>;
}

describe('conformance corpus: manifest', () => {
  it('lists every request body in the folder exactly once, each with its source', () => {
    const files = readdirSync(directory).filter((name) => name !== 'manifest.json');
    expect(manifest.files.map((entry) => entry.file).sort()).toEqual(files.sort());
    expect(new Set(manifest.files.map((entry) => entry.file)).size).toBe(manifest.files.length);
    for (const { source } of manifest.files) {
      if ('url' in source) expect(source.url).toMatch(/^https:\/\/\S+$/);
      else {
        expect(source.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
        expect(source.path).not.toBe('');
      }
    }
  });

  it('covers every Cloud message type and every interactive type', () => {
    const bodies = manifest.files.map((entry) => body(entry.file));
    const types = new Set(bodies.map((request) => request.type ?? 'text'));
    expect([...types].sort()).toEqual(
      [
        'audio',
        'contacts',
        'document',
        'image',
        'interactive',
        'location',
        'reaction',
        'sticker',
        'template',
        'text',
        'video',
      ].sort(),
    );
    const interactiveTypes = new Set(
      bodies.flatMap((request) => {
        const interactive = request.interactive as { type?: string } | undefined;
        return interactive?.type === undefined ? [] : [interactive.type];
      }),
    );
    expect([...interactiveTypes].sort()).toEqual(
      [
        'address_message',
        'button',
        'call_permission_request',
        'carousel',
        'catalog_message',
        'cta_url',
        'flow',
        'list',
        'location_request_message',
        'order_details',
        'order_status',
        'product',
        'product_list',
        'request_contact_info',
        'voice_call',
      ].sort(),
    );
  });
});

describe('conformance corpus: every real request body is accepted', () => {
  it.each(manifest.files.map((entry) => [entry.file, entry.shows] as const))(
    '%s (%s): CloudSendRequest accepts it',
    (file) => {
      const result = safeValidate(cloudSendRequestSchema, body(file), file);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it.each(manifest.files.map((entry) => [entry.file] as const))(
    '%s: as an OutgoingMessage it converts through toCloudSendRequest unchanged',
    (file) => {
      const request = body(file);
      const { messaging_product: _product, ...message } = request;
      const result = safeValidate(outgoingMessageSchema, message, file);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(toCloudSendRequest(message as OutgoingMessage)).toStrictEqual(request);
    },
  );
});
