import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createSandbox, type Sandbox } from '@wa/sandbox';
import { signPayload } from '@wa/webhooks';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The real redis-server of @wa/redis's own tests (Debian's binary, a free loopback port, a temp folder).
import { startRedisServer, type TestRedisServer } from '../../../packages/redis/test/redis-server.ts';
import { type RoundRobinProxy, startRoundRobinProxy } from './round-robin-proxy.ts';

// Two demo bot processes on one Redis (WA_DEMO_REDIS_URL), behind a round-robin proxy, against one
// sandbox, on each API: a delivery handed to both processes is answered once, and a message recorded by
// one process opens the customer service window for the other. (Without WA_DEMO_REDIS_URL every one of
// these tests fails: each process answers its copy, and the second process knows no window.)
const root = join(import.meta.dirname, '../../..');

interface Bot {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  lines: string[];
}

let redis: TestRedisServer;
/** A MONITOR connection: every command the bots send to Redis, with its keys and the client it came from. */
let monitor: Redis | undefined;
const commands: { args: string[]; source: string }[] = [];
beforeAll(async () => {
  redis = await startRedisServer();
  monitor = await new Redis(redis.url).monitor();
  monitor.on('monitor', (_time: string, args: string[], source: string) => commands.push({ args, source }));
});
afterAll(async () => {
  monitor?.disconnect();
  await redis?.stop();
});

function startBot(name: string, env: NodeJS.ProcessEnv): Promise<Bot> {
  const child = spawn(
    process.execPath,
    ['--conditions=@wa/source', join(root, 'apps/demo-bot/src/main.ts')],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      lines.push(line);
      const match = /webhook url (http:\/\/[^/\s]+)/.exec(line);
      if (match?.[1]) resolve({ child, url: match[1], lines });
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}): ${errors}`)));
  });
}

async function stopBot(bot: Bot): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    bot.child.once('exit', () => resolve());
    bot.child.kill('SIGTERM');
  });
}

describe.each(['cloud', 'onprem'] as const)('two demo bot processes sharing one Redis (%s API)', (api) => {
  let sandbox: Sandbox;
  let proxy: RoundRobinProxy;
  const bots: Bot[] = [];
  /** How many requests the proxy handed to each bot. */
  const forwarded = [0, 0];
  const onPremSecret = randomUUID();
  const webhookPath = api === 'cloud' ? '/webhook' : `/webhook/onprem/${onPremSecret}`;
  // Customers of this API only (the two APIs share the Redis).
  const waId = (n: number) => `1555777${api === 'cloud' ? 1 : 2}00${n}`;

  beforeAll(async () => {
    // Every webhook is delivered twice: behind the round-robin proxy, each copy reaches the other process.
    sandbox = await createSandbox({ duplicateWebhooks: true, serviceWindow: false });
    for (const name of ['bot-1', 'bot-2']) {
      bots.push(
        await startBot(name, {
          WA_DEMO_API: api,
          WA_DEMO_SANDBOX_URL: sandbox.url,
          WA_DEMO_PORT: '0',
          WA_DEMO_REDIS_URL: redis.url,
          WA_DEMO_INSTANCE: name,
          WA_ONPREM_WEBHOOK_SECRET: onPremSecret,
        }),
      );
    }
    proxy = await startRoundRobinProxy({
      targets: bots.map((bot) => bot.url),
      onForward: (target) => {
        forwarded[target] = (forwarded[target] ?? 0) + 1;
      },
    });
    await sandbox.setWebhook(`${proxy.url}${webhookPath}`, api);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map(stopBot));
    await proxy?.close();
    await sandbox?.close();
  });

  const first = () => bots[0] as Bot;
  const second = () => bots[1] as Bot;
  /** How many list menus each bot logged sending to `to`. */
  const menusTo = (to: string) =>
    bots.map((bot) => bot.lines.filter((line) => line.includes(`sent list menu to ${to}`)).length);

  /** Posts a webhook with one text from `from` to one bot, as WhatsApp would (signed on the Cloud API). */
  async function deliverText(bot: Bot, from: string, id: string, sentAtMs: number, body: string) {
    const contacts = [{ profile: { name: 'Ana' }, wa_id: from }];
    const messages = [
      { from, id, timestamp: String(Math.floor(sentAtMs / 1000)), type: 'text', text: { body } },
    ];
    const value = {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '15550101234', phone_number_id: sandbox.cloud.phoneNumberId },
      contacts,
      messages,
    };
    const payload = JSON.stringify(
      api === 'cloud'
        ? {
            object: 'whatsapp_business_account',
            entry: [{ id: sandbox.cloud.businessAccountId, changes: [{ field: 'messages', value }] }],
          }
        : { contacts, messages },
    );
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (api === 'cloud') {
      headers['x-hub-signature-256'] = await signPayload(payload, sandbox.cloud.appSecret);
    }
    return await fetch(`${bot.url}${webhookPath}`, { method: 'POST', body: payload, headers });
  }

  it('R-DLV-3 a message the sandbox delivers twice, once to each process, is answered exactly once', async () => {
    const customer = sandbox.customer(waId(1));
    const before = [...forwarded];
    await customer.sendText('menu');
    await sandbox.idle();
    // Both processes received the message (the sandbox's copy and its duplicate, one each)…
    expect(forwarded[0]).toBeGreaterThan(before[0] ?? 0);
    expect(forwarded[1]).toBeGreaterThan(before[1] ?? 0);
    // …and the customer got one list menu, sent by one of them.
    expect(customer.messages().map((message) => message.type)).toEqual(['interactive']);
    expect(menusTo(customer.waId).sort()).toEqual([0, 1]);
  });

  it('R-DLV-3 the same webhook posted to each process at once is dispatched once', async () => {
    const customer = sandbox.customer(waId(2));
    const id = `wamid.${api}-same-body`;
    const now = Date.now();
    const answers = await Promise.all([
      deliverText(first(), customer.waId, id, now, 'menu'),
      deliverText(second(), customer.waId, id, now, 'menu'),
    ]);
    await sandbox.idle();
    expect(answers.some((answer) => answer.status === 200)).toBe(true);
    expect(customer.messages()).toHaveLength(1);
    expect(menusTo(customer.waId).sort()).toEqual([0, 1]);
  });

  it('R-DLV-3 R-DLV-10 both processes pace, deduplicate and track windows in the shared Redis', async () => {
    const customer = sandbox.customer(waId(4));
    commands.length = 0;
    await customer.sendText('menu');
    await sandbox.idle();
    // The Lua scripts of @wa/redis (EVALSHA) name their keys: which store each call belongs to.
    const touched = (prefix: string) =>
      commands.filter(({ args }) => args[0]?.toLowerCase() === 'evalsha' && args[3]?.startsWith(prefix));
    expect(touched('wa:pace:').length).toBeGreaterThan(0);
    expect(touched('wa:window:').length).toBeGreaterThan(0);
    // Each process claimed its copy of the delivery in Redis: two connections, one answer.
    const claims = touched('wa:dedupe:').filter(({ args }) => args.some((arg) => arg.includes('wamid.')));
    expect(new Set(claims.map(({ source }) => source)).size).toBe(2);
    expect(customer.messages()).toHaveLength(1);
  });

  it('R-DLV-10 a text recorded by one process opens the service window for the other', async () => {
    const customer = sandbox.customer(waId(3));
    const dayAndAHourAgo = Date.now() - 25 * 60 * 60 * 1000;
    // Alone, a text sent 25 hours ago leaves the window closed: the second process refuses to answer.
    const refused = await deliverText(second(), customer.waId, `wamid.${api}-old-1`, dayAndAHourAgo, 'menu');
    expect(refused.status).not.toBe(200);
    expect(customer.messages()).toHaveLength(0);
    // A fresh text reaches the first process only; it answers.
    const fresh = await deliverText(first(), customer.waId, `wamid.${api}-fresh`, Date.now(), 'menu');
    expect(fresh.status).toBe(200);
    expect(customer.messages()).toHaveLength(1);
    // The same old text again, to the second process: the window the first one recorded is open for it.
    const answered = await deliverText(second(), customer.waId, `wamid.${api}-old-2`, dayAndAHourAgo, 'menu');
    expect(answered.status).toBe(200);
    expect(customer.messages()).toHaveLength(2);
    expect(menusTo(customer.waId)).toEqual([1, 1]);
  });
});
