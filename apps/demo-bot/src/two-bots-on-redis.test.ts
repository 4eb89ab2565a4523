import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createSandbox, type Sandbox } from '@wa/sandbox';
import { signPayload } from '@wa/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The real redis-server of @wa/redis's own tests (Debian's binary, a free loopback port, a temp folder).
import { startRedisServer, type TestRedisServer } from '../../../packages/redis/test/redis-server.ts';
import { type RoundRobinProxy, startRoundRobinProxy } from './round-robin-proxy.ts';

// Two demo bot processes on one Redis (WA_DEMO_REDIS_URL), behind a round-robin proxy, against one
// sandbox: a delivery handed to both processes is answered once, and a message recorded by one process
// opens the customer service window for the other.
const root = join(import.meta.dirname, '../../..');

interface Bot {
  name: string;
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  lines: string[];
}

let redis: TestRedisServer;
let sandbox: Sandbox;
let proxy: RoundRobinProxy;
const bots: Bot[] = [];
/** How many requests the proxy handed to each bot. */
const forwarded = [0, 0];

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
      const match = /webhook url (http:\/\/\S+)\/webhook$/.exec(line);
      if (match?.[1]) resolve({ name, child, url: match[1], lines });
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

beforeAll(async () => {
  redis = await startRedisServer();
  // Every webhook is delivered twice: behind the round-robin proxy, each copy reaches the other process.
  sandbox = await createSandbox({ duplicateWebhooks: true, serviceWindow: false });
  for (const name of ['bot-1', 'bot-2']) {
    bots.push(
      await startBot(name, {
        WA_DEMO_API: 'cloud',
        WA_DEMO_SANDBOX_URL: sandbox.url,
        WA_DEMO_PORT: '0',
        WA_DEMO_REDIS_URL: redis.url,
        WA_DEMO_INSTANCE: name,
      }),
    );
  }
  proxy = await startRoundRobinProxy({
    targets: bots.map((bot) => bot.url),
    onForward: (target) => {
      forwarded[target] = (forwarded[target] ?? 0) + 1;
    },
  });
  await sandbox.setWebhook(`${proxy.url}/webhook`, 'cloud');
}, 60_000);

afterAll(async () => {
  await Promise.all(bots.map(stopBot));
  await proxy?.close();
  await sandbox?.close();
  await redis?.stop();
});

/** Posts a signed Cloud `messages` webhook with one text from `from` to one bot, as Meta would. */
async function deliverText(bot: Bot, from: string, id: string, sentAtMs: number, body: string) {
  const payload = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: sandbox.cloud.businessAccountId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550000000', phone_number_id: sandbox.cloud.phoneNumberId },
              contacts: [{ profile: { name: 'Ana' }, wa_id: from }],
              messages: [
                { from, id, timestamp: String(Math.floor(sentAtMs / 1000)), type: 'text', text: { body } },
              ],
            },
          },
        ],
      },
    ],
  });
  return await fetch(`${bot.url}/webhook`, {
    method: 'POST',
    body: payload,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': await signPayload(payload, sandbox.cloud.appSecret),
    },
  });
}

const [first, second] = [() => bots[0] as Bot, () => bots[1] as Bot];
/** The bot log lines that name a send to `waId`, per bot. */
const sendsTo = (waId: string) =>
  bots.map((bot) => bot.lines.filter((line) => line.includes(`sent list menu to ${waId}`)).length);

describe('two demo bot processes sharing one Redis (WA_DEMO_REDIS_URL)', () => {
  it('R-DLV-3 a message delivered to both processes is answered exactly once', async () => {
    const customer = sandbox.customer('15557770001');
    const before = [...forwarded];
    await customer.sendText('menu');
    await sandbox.idle();
    // Both processes received the message (the sandbox's copy and its duplicate, one each)…
    expect(forwarded[0]).toBeGreaterThan(before[0] ?? 0);
    expect(forwarded[1]).toBeGreaterThan(before[1] ?? 0);
    // …and the customer got one list menu, sent by one of them.
    expect(customer.messages().map((message) => message.type)).toEqual(['interactive']);
    expect(sendsTo(customer.waId).sort()).toEqual([0, 1]);
  });

  it('R-DLV-3 the same signed body posted to each process is dispatched once', async () => {
    const customer = sandbox.customer('15557770002');
    const id = 'wamid.two-bots-same-body';
    const now = Date.now();
    const answers = await Promise.all([
      deliverText(first(), customer.waId, id, now, 'menu'),
      deliverText(second(), customer.waId, id, now, 'menu'),
    ]);
    await sandbox.idle();
    // The process that lost the race is told to retry later or that it is a duplicate; nobody sends twice.
    expect(answers.some((answer) => answer.status === 200)).toBe(true);
    expect(customer.messages()).toHaveLength(1);
    expect(sendsTo(customer.waId).sort()).toEqual([0, 1]);
  });

  it('R-DLV-10 a text recorded by one process opens the service window for the other', async () => {
    const customer = sandbox.customer('15557770003');
    const dayAndAHourAgo = Date.now() - 25 * 60 * 60 * 1000;
    // Alone, a text sent 25 hours ago leaves the window closed: the second process refuses to answer.
    const refused = await deliverText(second(), customer.waId, 'wamid.window-old-1', dayAndAHourAgo, 'menu');
    expect(refused.status).not.toBe(200);
    expect(customer.messages()).toHaveLength(0);
    // A fresh text reaches the first process only; it answers.
    const fresh = await deliverText(first(), customer.waId, 'wamid.window-fresh', Date.now(), 'menu');
    expect(fresh.status).toBe(200);
    expect(customer.messages()).toHaveLength(1);
    // The same old text again, to the second process: the window the first one recorded is open for it.
    const answered = await deliverText(second(), customer.waId, 'wamid.window-old-2', dayAndAHourAgo, 'menu');
    expect(answered.status).toBe(200);
    expect(customer.messages()).toHaveLength(2);
    expect(sendsTo(customer.waId)).toEqual([1, 1]);
  });
});
