/**
 * The same kind of bot test under node:test (no vitest, no globals): run by the package's `test` script
 * with `node --conditions=@wa/source --test`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSandbox, type Sandbox } from '@wa/sandbox';
import { createCoffeeBot } from './coffee-bot.ts';

describe('the coffee bot under node:test', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await createSandbox();
    await sandbox.setWebhook(createCoffeeBot(sandbox.cloud));
  });
  after(() => sandbox.close());

  it('answers hi with two buttons and tells the opening hours', async () => {
    const ana = sandbox.customer();
    await ana.sendText('hi');
    const greeting = await ana.nextMessage();
    assert.deepEqual(
      greeting.buttons.map((button) => button.title),
      ['See the menu', 'Opening hours'],
    );
    await ana.tapButton(greeting, 'hours');
    assert.equal((await ana.nextMessage()).text, 'We open at 7:00, every day.');
  });

  it('delivers a scripted failure to the bot', async () => {
    const failures: number[] = [];
    const other = await createSandbox({ statuses: 'manual' });
    try {
      await other.setWebhook(async (request) => {
        const body = (await request.json()) as {
          entry: { changes: { value: { statuses?: { errors?: { code: number }[] }[] } }[] }[];
        };
        for (const status of body.entry[0]?.changes[0]?.value.statuses ?? []) {
          failures.push(...(status.errors ?? []).map((error) => error.code));
        }
        return new Response(null, { status: 200 });
      });
      const response = await fetch(
        `${other.url}/${other.cloud.apiVersion}/${other.cloud.phoneNumberId}/messages`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${other.cloud.accessToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ messaging_product: 'whatsapp', to: '15551230001', text: { body: 'hello' } }),
        },
      );
      const [sent] = other.messages();
      assert.equal(response.status, 200);
      assert.ok(sent);
      await other.sendStatus(sent, 'failed', { code: 131049 });
      assert.deepEqual(failures, [131049]);
    } finally {
      await other.close();
    }
  });
});
