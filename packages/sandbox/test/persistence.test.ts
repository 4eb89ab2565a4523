import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, startSandbox } from './helpers.ts';

const directory = mkdtempSync(join(tmpdir(), 'wa-sandbox-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('persistence in SQLite', () => {
  it('keeps conversations, customers, media and On-Premises logins across a restart; reset clears them', async () => {
    const databasePath = join(directory, 'sandbox.db');
    const first = await startSandbox({ databasePath });
    const sent = await call(`${first.url}/v23.0/${first.config.phoneNumberId}/messages`, {
      headers: { authorization: 'Bearer sandbox-access-token' },
      body: { messaging_product: 'whatsapp', to: '15557770001', text: { body: 'remember me' } },
    });
    const messageId = (sent.body.messages as { id: string }[])[0]?.id ?? '';
    first.core.customerAction('15557770001', { kind: 'text', text: 'and my answer' });
    const login = await call(`${first.url}/v1/users/login`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('admin:sandbox-password').toString('base64')}` },
    });
    const token = (login.body.users as { token: string }[])[0]?.token ?? '';
    const upload = await call(`${first.url}/v1/media`, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
      raw: new Uint8Array([1, 2, 3]),
    });
    const mediaId = (upload.body.media as { id: string }[])[0]?.id ?? '';
    await first.close();

    const second = await startSandbox({ databasePath });
    try {
      const { body } = await call(`${second.url}/_sandbox/api/customers/15557770001/messages`);
      const messages = body.messages as { id: string; direction: string; html: string }[];
      expect(messages.map((message) => message.direction)).toEqual(['business', 'customer']);
      expect(messages[0]?.id).toBe(messageId);
      expect(messages[1]?.html).toContain('and my answer');
      const state = await call(`${second.url}/_sandbox/api/state`);
      expect(JSON.stringify(state.body.customers)).toContain('15557770001');
      const health = await call(`${second.url}/v1/health`, { headers: { authorization: `Bearer ${token}` } });
      expect(health.status).toBe(200);
      const media = await fetch(`${second.url}/v1/media/${mediaId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(new Uint8Array(await media.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));

      const reset = await call(`${second.url}/_sandbox/api/reset`, { method: 'POST', body: {} });
      expect(reset.status).toBe(200);
      expect(second.core.store.listMessages('15557770001')).toEqual([]);
      expect(second.core.store.getMedia(mediaId)).toBeUndefined();
      expect(second.core.store.listCustomers().map((customer) => customer.waId)).toEqual([
        '15551230001',
        '15551230002',
      ]);
    } finally {
      await second.close();
    }
  });
});
