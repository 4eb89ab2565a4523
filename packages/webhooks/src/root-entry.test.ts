import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every source file the Web Crypto root entry reaches through relative imports. */
function reachableFrom(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const pending = [new URL(entry, import.meta.url)];
  while (pending.length > 0) {
    const url = pending.pop() as URL;
    if (files.has(url.href)) continue;
    const source = readFileSync(url, 'utf8');
    files.set(url.href, source);
    for (const match of source.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      pending.push(new URL(match[1] as string, url));
    }
  }
  return files;
}

describe('the root entry (Web Crypto build)', () => {
  const files = reachableFrom('./index.ts');

  it('reaches the handler, the parser and the signature check', () => {
    const names = [...files.keys()].map((href) => href.slice(href.lastIndexOf('/') + 1));
    expect(names).toEqual(
      expect.arrayContaining(['build-webhook-handler.ts', 'parse-webhook-payload.ts', 'verify-signature.ts']),
    );
    expect(names).not.toContain('verify-signature-node.ts');
  });

  it('imports no node:* module and uses no Node-only global, so it runs on edge runtimes', () => {
    for (const [href, source] of files) {
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, href).not.toMatch(/from 'node:|require\(|\bBuffer\b|\bprocess\./);
    }
  });
});

describe('the Node root entry (node:crypto build)', () => {
  it('exports the same names as the Web Crypto entry, with its own HMAC functions', async () => {
    const web = await import('./index.ts');
    const node = await import('./index-node.ts');
    expect(Object.keys(node).sort()).toEqual(Object.keys(web).sort());
    expect(node.verifySignature).not.toBe(web.verifySignature);
    expect(node.signPayload).not.toBe(web.signPayload);
    expect(node.createWebhookHandler).not.toBe(web.createWebhookHandler);
    expect(node.parseWebhookPayload).toBe(web.parseWebhookPayload);
  });
});
