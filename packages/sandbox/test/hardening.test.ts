import { request as httpRequest } from 'node:http';
import { CLOUD_MEDIA_TYPES } from '@wa/transport-cloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSandboxConfig } from '../src/index.ts';
import type { SandboxServer } from '../src/start-sandbox-server.ts';
import { call, startSandbox } from './helpers.ts';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const auth = { authorization: 'Bearer sandbox-access-token' };

/** A GET with a chosen Host header (fetch does not let a caller set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { host } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

function upload(url: string, type: string, data: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.set('messaging_product', 'whatsapp');
  form.set('type', type);
  form.set('file', new Blob([data], { type }), 'file.bin');
  return call(`${url}/v23.0/${defaultSandboxConfig.phoneNumberId}/media`, { headers: auth, raw: form });
}

describe('sandbox hardening', () => {
  it.each([
    ['127.0.0.1 with its port', (port: string) => `127.0.0.1:${port}`, 200],
    ['localhost', (port: string) => `localhost:${port}`, 200],
    ['a name that resolves to loopback (DNS rebinding)', (port: string) => `attacker.example:${port}`, 421],
    ['a public name without a port', () => 'evil.example', 421],
  ])('answers a request whose Host is %s with %i', async (_name, host, expected) => {
    const port = new URL(sandbox.url).port;
    const { status, body } = await getWithHost(`${sandbox.url}/_sandbox/api/state`, host(port));
    expect(status).toBe(expected);
    if (expected === 421) expect(body).toContain('is not a loopback name');
  });

  it('serves media with X-Content-Type-Options: nosniff (Cloud download, On-Premises download, UI)', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const uploaded = await upload(sandbox.url, 'image/png', png);
    const id = String(uploaded.body.id);
    const info = await call(`${sandbox.url}/v23.0/${id}`, { headers: auth });
    const cloud = await fetch(String(info.body.url), { headers: auth });
    expect(cloud.headers.get('x-content-type-options')).toBe('nosniff');
    const ui = await fetch(`${sandbox.url}/_sandbox/media/${id}`);
    expect(ui.status).toBe(200);
    expect(ui.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('R-MEDIA-7 has a default body limit that fits the largest documented media (a 100 MB document)', () => {
    expect(defaultSandboxConfig.maxBodyBytes).toBeGreaterThan(CLOUD_MEDIA_TYPES.document.maxBytes);
  });

  it('R-MEDIA-7 answers a body over the limit with a clear 413 naming the limit', async () => {
    const small = await startSandbox({ maxBodyBytes: 4096 });
    try {
      const { status, body } = await upload(small.url, 'image/png', new Uint8Array(8192));
      expect(status).toBe(413);
      expect(JSON.stringify(body)).toContain('exceeds 4096 bytes');
    } finally {
      await small.close();
    }
  });

  it.each([
    ['R-STK-3 a static sticker over 100 KB', 150 * 1024, 400],
    ['R-STK-3 a static sticker of 100 KB', 100 * 1024, 200],
  ])('uses the client table for stickers: %s', async (_name, size, expected) => {
    // A static WebP header (`VP8 ` chunk), so the 100 KB static limit of CLOUD_MEDIA_TYPES applies.
    const data = new Uint8Array(size);
    data.set(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '), 0);
    const { status, body } = await upload(sandbox.url, 'image/webp', data);
    expect(status).toBe(expected);
    if (expected === 400) expect(JSON.stringify(body)).toContain('R-STK-3');
  });
});
