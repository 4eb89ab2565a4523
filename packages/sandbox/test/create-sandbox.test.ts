import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SandboxError } from '@wa/sandbox';
import { createWebhookHandler, type StatusEvent } from '@wa/webhooks';
import { createNodeListener } from '@wa/webhooks/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../src/index.ts';
import { createCoffeeBot } from './coffee-bot.ts';

const open: Sandbox[] = [];
async function start(options: Parameters<typeof createSandbox>[0] = {}): Promise<Sandbox> {
  const sandbox = await createSandbox(options);
  open.push(sandbox);
  return sandbox;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((sandbox) => sandbox.close()));
});

describe('createSandbox: a conversation from the customer side', () => {
  it('R-WH-1 drives a bot given as an in-process handler: text, button, list row, location, reaction', async () => {
    const sandbox = await start();
    await sandbox.setWebhook(createCoffeeBot(sandbox.cloud));
    const ana = sandbox.customer('15551230001');

    await ana.sendText('hi');
    const greeting = await ana.nextMessage();
    expect(greeting).toMatchObject({
      type: 'interactive',
      to: '15551230001',
      text: 'Hi! What would you like?',
    });
    expect(greeting.buttons.map((button) => button.id)).toEqual(['menu', 'hours']);

    await ana.tapButton(greeting, 'Opening hours');
    expect((await ana.nextMessage()).text).toBe('We open at 7:00, every day.');

    await ana.tapButton(greeting, 'menu');
    const menu = await ana.nextMessage();
    expect(menu.rows).toEqual([
      { id: 'espresso', title: 'Espresso' },
      { id: 'latte', title: 'Latte', description: 'With oat milk on request' },
    ]);
    await ana.pickListRow(menu, 'latte');
    expect((await ana.nextMessage()).text).toBe('One Latte, coming up. Where should we bring it?');

    await ana.shareLocation({ latitude: 38.7223, longitude: -9.1393, name: 'Rossio' });
    expect((await ana.nextMessage()).text).toBe('On our way to 38.7223, -9.1393.');

    const sent = await ana.react(menu, '❤️');
    expect(sent.type).toBe('reaction');
    expect(sent.deliveries).toEqual([{ ok: true, attempts: 1, outcome: 'HTTP 200' }]);
    expect((await ana.nextMessage()).text).toBe('Thanks for the ❤️!');
    expect(ana.messages()).toHaveLength(6);
    expect(sandbox.messages().every((message) => message.api === 'cloud')).toBe(true);
  });

  it('R-WH-2 delivers to a URL over HTTP, after the subscription handshake, signed with the app secret', async () => {
    const sandbox = await start();
    const bot = createCoffeeBot(sandbox.cloud);
    const server = createServer(createNodeListener(bot, { path: '/webhook' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await sandbox.setWebhook(`http://127.0.0.1:${port}/webhook`);
      const kenji = sandbox.customer('15551230002');
      await kenji.sendText('hello');
      expect((await kenji.nextMessage()).buttons).toHaveLength(2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('rejects a webhook URL that fails the handshake (wrong verify token)', async () => {
    const sandbox = await start();
    const other = createWebhookHandler({ appSecret: 'another-secret', verifyToken: 'another-token' });
    const server = createServer(createNodeListener(other, { path: '/webhook' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const error = await sandbox.setWebhook(`http://127.0.0.1:${port}/webhook`).catch((e: unknown) => e);
      expect(SandboxError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'WA_SANDBOX_WEBHOOK_FAILED' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('rejects a customer action when the Cloud callback URL set from the UI fails the handshake', async () => {
    const sandbox = await start();
    const put = await fetch(`${sandbox.url}/_sandbox/api/webhooks`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cloud: 'http://127.0.0.1:9/nobody-here' }),
    });
    expect(put.status).toBe(200);
    const error = await sandbox
      .customer()
      .sendText('hi')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WA_SANDBOX_WEBHOOK_FAILED' });
    expect(String(error)).toContain('handshake');
  });

  it('resolves a customer action with no deliveries when no webhook is set', async () => {
    const sandbox = await start();
    const sent = await sandbox.customer().sendText('anyone there?');
    expect(sent).toMatchObject({ type: 'text', deliveries: [] });
    expect(sent.id).toMatch(/^wamid\./);
  });

  it('says which message lacks the button a test taps, and what it offers', async () => {
    const sandbox = await start();
    await sandbox.setWebhook(createCoffeeBot(sandbox.cloud));
    const ana = sandbox.customer();
    await ana.sendText('hi');
    const greeting = await ana.nextMessage();
    const error = await ana.tapButton(greeting, 'Order now').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxError);
    expect(error).toMatchObject({ code: 'WA_SANDBOX_NOT_IN_MESSAGE' });
    expect(String(error)).toContain('"menu" (See the menu)');
  });

  it('rejects nextMessage with WA_SANDBOX_TIMEOUT when the business sends nothing', async () => {
    const sandbox = await start();
    const error = await sandbox
      .customer('15551239999', { name: 'Nobody' })
      .nextMessage({ timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WA_SANDBOX_TIMEOUT' });
    expect(String(error)).toContain('15551239999');
  });

  it('rejects a customer action whose webhook the bot never accepts (after every attempt)', async () => {
    const sandbox = await start({ webhookAttempts: 2, webhookRetryDelayMs: 1 });
    let calls = 0;
    await sandbox.setWebhook(async () => {
      calls += 1;
      return new Response('boom', { status: 500 });
    });
    const error = await sandbox
      .customer()
      .sendText('hi')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WA_SANDBOX_WEBHOOK_FAILED' });
    expect(String(error)).toContain('HTTP 500');
    expect(calls).toBe(2);
  });

  it('also drives an On-Premises bot: the customer message goes to the On-Premises webhook, unsigned', async () => {
    const sandbox = await start();
    const received: unknown[] = [];
    await sandbox.setWebhook(async (request) => {
      expect(request.headers.get('x-hub-signature-256')).toBeNull();
      received.push(await request.json());
      return new Response(null, { status: 200 });
    }, 'onprem');
    const sent = await sandbox.customer().sendText('hola');
    expect(received).toMatchObject([{ messages: [{ id: sent.id, type: 'text', text: { body: 'hola' } }] }]);
  });
});

describe('createSandbox: webhook URLs with Basic credentials (the On-Premises client convention)', () => {
  it('sends user:password of the URL as Authorization: Basic and never shows the password', async () => {
    const seen: (string | undefined)[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers.authorization);
      request.resume();
      request.on('end', () => response.writeHead(200).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const sandbox = await start();
    try {
      const { port } = server.address() as AddressInfo;
      await sandbox.setWebhook(`http://bot:s3cret-pass@127.0.0.1:${port}/webhook/onprem`, 'onprem');
      await sandbox.customer().sendText('hi');
      expect(seen).toEqual([`Basic ${Buffer.from('bot:s3cret-pass').toString('base64')}`]);
      const state = await (await fetch(`${sandbox.url}/_sandbox/api/state`)).text();
      const log = await (await fetch(`${sandbox.url}/_sandbox/api/webhook-log`)).text();
      expect(state).toContain(`http://bot:***@127.0.0.1:${port}/webhook/onprem`);
      expect(state + log).not.toContain('s3cret-pass');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('createSandbox: scripted statuses and failures', () => {
  async function statusBot(sandbox: Sandbox): Promise<{ seen: string[]; raw: string[] }> {
    const seen: string[] = [];
    const raw: string[] = [];
    const webhooks = createWebhookHandler({ appSecret: sandbox.cloud.appSecret });
    webhooks.on('status', (event: StatusEvent) => {
      const code = event.status === 'failed' ? ` ${event.update.errors?.map((e) => e.code).join(',')}` : '';
      seen.push(`${event.status}${code}`);
    });
    await sandbox.setWebhook(async (request) => {
      raw.push(await request.clone().text());
      return webhooks(request);
    });
    return { seen, raw };
  }

  async function sendOne(sandbox: Sandbox, to = '15551230001'): Promise<string> {
    const response = await fetch(
      `${sandbox.url}/${sandbox.cloud.apiVersion}/${sandbox.cloud.phoneNumberId}/messages`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${sandbox.cloud.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          messaging_product: 'whatsapp',
          to,
          type: 'text',
          text: { body: 'Your order' },
        }),
      },
    );
    const body = (await response.json()) as { messages: { id: string }[] };
    return body.messages[0]?.id ?? '';
  }

  it.each([
    ['R-DLV-1 delivered then read', [['delivered'], ['read']], ['delivered', 'read']],
    ['R-ERR-2 failed with a given code', [['failed', 131047]], ['failed 131047']],
    ['R-WH-9 out of order: read before delivered', [['read'], ['delivered']], ['read', 'delivered']],
  ] as const)('%s', async (_name, script, expected) => {
    const sandbox = await start({ statuses: 'manual' });
    const { seen } = await statusBot(sandbox);
    const id = await sendOne(sandbox);
    for (const [status, code] of script) {
      const result = await sandbox.sendStatus(id, status, { code });
      expect(result.ok).toBe(true);
    }
    expect(seen).toEqual(expected);
  });

  it('R-WH-10 duplicate deliveries reach the handler twice; its deduplication lets one through', async () => {
    const sandbox = await start({ statuses: 'manual' });
    const { seen, raw } = await statusBot(sandbox);
    const id = await sendOne(sandbox);
    const result = await sandbox.sendStatus(id, 'delivered', { copies: 2 });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(raw).toHaveLength(2);
    expect(raw[0]).toBe(raw[1]);
    expect(seen).toEqual(['delivered']);
  });

  it('R-DLV-10 plays sent, delivered, read on its own in auto mode, and fails a failRecipient with its code', async () => {
    const sandbox = await start({ failRecipients: ['15551230002'], failureCode: 131026 });
    const { seen } = await statusBot(sandbox);
    await sendOne(sandbox);
    await sendOne(sandbox, '15551230002');
    await expect.poll(() => seen.length).toBe(4);
    await sandbox.idle();
    expect([...seen].sort()).toEqual(['delivered', 'failed 131026', 'read', 'sent']);
  });

  it('refuses a status for a message it never accepted', async () => {
    const sandbox = await start({ statuses: 'manual' });
    await expect(sandbox.sendStatus('wamid.unknown', 'read')).rejects.toMatchObject({
      code: 'WA_SANDBOX_INVALID',
    });
  });
});

describe('createSandbox: many at once, nothing left behind', () => {
  it('runs sandboxes in parallel on their own ports with their own databases', async () => {
    const sandboxes = await Promise.all([1, 2, 3, 4].map(() => start()));
    expect(new Set(sandboxes.map((sandbox) => sandbox.url)).size).toBe(4);
    await Promise.all(
      sandboxes.map(async (sandbox, index) => {
        await sandbox.setWebhook(createCoffeeBot(sandbox.cloud));
        const customer = sandbox.customer(`1555000000${index}`, { name: `Customer ${index}` });
        await customer.sendText(`hi from ${index}`);
        expect((await customer.nextMessage()).buttons).toHaveLength(2);
      }),
    );
    for (const sandbox of sandboxes) expect(sandbox.messages()).toHaveLength(1);
  });

  it('close() stops the server, timers and deliveries: no handle is left and the port refuses', async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const before = process.getActiveResourcesInfo().filter((name) => name !== 'TTYWrap');
    const sandbox = await createSandbox();
    await sandbox.setWebhook(createCoffeeBot(sandbox.cloud));
    const ana = sandbox.customer();
    await ana.sendText('hi');
    await ana.nextMessage();
    const waiting = ana.nextMessage({ timeoutMs: 60_000 }).catch((e: unknown) => e);
    await sandbox.close();
    expect(await waiting).toMatchObject({ code: 'WA_SANDBOX_TIMEOUT' });
    await expect(fetch(sandbox.url)).rejects.toThrow();
    // Statuses were still scheduled when it closed: their timers must be gone too.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const after = process.getActiveResourcesInfo().filter((name) => name !== 'TTYWrap');
    const count = (list: string[], name: string) => list.filter((entry) => entry === name).length;
    expect(count(after, 'TCPServerWrap')).toBe(count(before, 'TCPServerWrap'));
    expect(count(after, 'TCPSocketWrap')).toBeLessThanOrEqual(count(before, 'TCPSocketWrap'));
    expect(count(after, 'Timeout')).toBeLessThanOrEqual(count(before, 'Timeout'));
  });

  it('supports await using (Symbol.asyncDispose)', async () => {
    let url = '';
    {
      await using sandbox = await createSandbox();
      url = sandbox.url;
      expect((await fetch(`${url}/_sandbox/api/state`)).status).toBe(200);
    }
    await expect(fetch(url)).rejects.toThrow();
  });
});
