/**
 * `pnpm demo` (and `./pnpmw demo`): starts the WhatsApp sandbox (`createSandbox` of `@wa/sandbox`, in this
 * process) and the demo bot against it, points the sandbox's webhooks at the bot and prints the chat UI's
 * address. Ctrl-C stops both.
 *
 * Environment: `WA_DEMO_API=cloud|onprem` picks the API the bot uses (default cloud); every
 * `WA_SANDBOX_*` setting of the sandbox CLI applies (`WA_SANDBOX_PORT`, default 5880, `0` for any free
 * port; `WA_SANDBOX_DB`, default `apps/demo-bot/data/sandbox.db`); `WA_DEMO_*` goes to the bot.
 * With `WA_DEMO_REDIS_URL`, `WA_DEMO_INSTANCES=2` (or more) starts that many bot processes sharing the Redis,
 * behind a round-robin loopback proxy that the sandbox's webhooks go to, so deliveries alternate between them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createSandbox, readSandboxConfig, type Sandbox, SandboxError } from '@wa/sandbox';
import { type RoundRobinProxy, startRoundRobinProxy } from '../apps/demo-bot/src/round-robin-proxy.ts';

const root = join(import.meta.dirname, '..');
/** Reads a setting from the environment (the names are documented in the READMEs). */
const setting = (name: string): string | undefined => process.env[name];
const prefix = '[demo]';
const children: ChildProcess[] = [];
let sandbox: Sandbox | undefined;
let proxy: RoundRobinProxy | undefined;
let stopping = false;

function start(name: string, script: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<string> {
  const child = spawn(process.execPath, ['--conditions=@wa/source', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let resolved = false;
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      console.log(line);
      const match = ready.exec(line);
      if (match?.[1] && !resolved) {
        resolved = true;
        resolve(match[1]);
      }
    });
    child.on('exit', (code, signal) => {
      if (!resolved) reject(new Error(`${name} exited before it was ready (${signal ?? `code ${code}`}).`));
      else if (!stopping) {
        console.error(`${prefix} ${name} stopped (${signal ?? `code ${code}`}); stopping the demo.`);
        void stop(1);
      }
    });
  });
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exits = children
    .filter((child) => child.exitCode === null && child.signalCode === null)
    .map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    );
  const timeout = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
  }, 5000);
  await Promise.all([...exits, sandbox?.close(), proxy?.close()]);
  clearTimeout(timeout);
  process.exit(code);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const api = (setting('WA_DEMO_API') ?? 'cloud').toLowerCase() === 'onprem' ? 'onprem' : 'cloud';
  const instances = Number(setting('WA_DEMO_INSTANCES') ?? '1');
  if (!Number.isInteger(instances) || instances < 1 || instances > 8) {
    throw new Error('WA_DEMO_INSTANCES must be a whole number from 1 to 8.');
  }
  if (instances > 1 && setting('WA_DEMO_REDIS_URL') === undefined) {
    throw new Error(
      'WA_DEMO_INSTANCES > 1 needs WA_DEMO_REDIS_URL (e.g. redis://127.0.0.1:6379): the bots share their state there.',
    );
  }
  const config = readSandboxConfig([], process.env);
  const databasePath =
    setting('WA_SANDBOX_DB') === undefined
      ? join(root, 'apps/demo-bot/data/sandbox.db')
      : config.databasePath;
  // The CLI's settings, but the statuses and webhook timings of a live demo rather than of a test.
  sandbox = await createSandbox({
    ...config,
    databasePath,
    statuses: config.automaticStatuses ? 'auto' : 'manual',
  });
  const botEnv = {
    WA_DEMO_API: api,
    WA_DEMO_SANDBOX_URL: sandbox.url,
    // The bot loads its template catalog from the sandbox's template endpoints, as from a real account.
    WHATSAPP_BUSINESS_ACCOUNT_ID: sandbox.cloud.businessAccountId,
  };
  let webhookUrl: string;
  if (instances === 1) {
    webhookUrl = await start(
      'the demo bot',
      join(root, 'apps/demo-bot/src/main.ts'),
      { ...botEnv, WA_DEMO_PORT: setting('WA_DEMO_PORT') ?? '0' },
      /webhook url (\S+)/,
    );
  } else {
    // Every process must accept the same On-Premises webhook path, so they share one secret.
    const onPremSecret = setting('WA_ONPREM_WEBHOOK_SECRET') ?? randomUUID();
    const names = Array.from({ length: instances }, (_, index) => `bot-${index + 1}`);
    const urls = await Promise.all(
      names.map((name) =>
        start(
          `the demo bot ${name}`,
          join(root, 'apps/demo-bot/src/main.ts'),
          { ...botEnv, WA_DEMO_PORT: '0', WA_DEMO_INSTANCE: name, WA_ONPREM_WEBHOOK_SECRET: onPremSecret },
          /webhook url (\S+)/,
        ),
      ),
    );
    proxy = await startRoundRobinProxy({
      targets: urls.map((url) => new URL(url).origin),
      onForward: (target, method, path) =>
        console.log(
          `${prefix} ${method} ${path.startsWith('/webhook/onprem/') ? '/webhook/onprem/…' : path} -> ${names[target]}`,
        ),
    });
    webhookUrl = api === 'cloud' ? `${proxy.url}/webhook` : `${proxy.url}/webhook/onprem/${onPremSecret}`;
    console.log(`${prefix} ${instances} bot processes share one Redis; webhooks alternate between them.`);
  }
  await sandbox.setWebhook(webhookUrl, api);
  console.log(`
${prefix} Ready. Open the chat UI:  ${sandbox.url}/
${prefix} Play the customer: type "hi" and follow the bot's menu (the bot uses the ${api === 'cloud' ? 'Cloud' : 'On-Premises'} API).
${prefix} Press Ctrl-C to stop the sandbox and the bot${instances === 1 ? '' : 's'}.
`);
}

main().catch((error: unknown) => {
  const busy = SandboxError.isInstance(error) && error.code === 'WA_SANDBOX_PORT_IN_USE';
  console.error(`${prefix} ${error instanceof Error ? error.message : String(error)}`);
  if (busy) console.error(`${prefix} Set WA_SANDBOX_PORT to another port (0 for any free port).`);
  void stop(1);
});
