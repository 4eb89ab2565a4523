/**
 * `pnpm demo` (and `./pnpmw demo`): starts the local WhatsApp sandbox and the demo bot against it, points
 * the sandbox's webhooks at the bot and prints the chat UI's address. Ctrl-C stops both.
 *
 * Environment: `WA_DEMO_API=cloud|onprem` picks the API the bot uses (default cloud); `WA_SANDBOX_PORT`
 * and every other `WA_SANDBOX_*` / `WA_DEMO_*` variable is passed through to the apps.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(import.meta.dirname, '..');
/** Reads a setting from the environment (the names are documented in the apps' READMEs). */
const setting = (name: string): string | undefined => process.env[name];
const prefix = '[demo]';
const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, script: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--conditions=@wa/source', '--disable-warning=ExperimentalWarning', script],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
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
  await Promise.all(exits);
  clearTimeout(timeout);
  process.exit(code);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const api = (setting('WA_DEMO_API') ?? 'cloud').toLowerCase() === 'onprem' ? 'onprem' : 'cloud';
  const sandboxUrl = await start(
    'the sandbox',
    join(root, 'apps/sandbox/src/main.ts'),
    {},
    /WhatsApp sandbox ready at (\S+)/,
  );
  const webhookUrl = await start(
    'the demo bot',
    join(root, 'apps/demo-bot/src/main.ts'),
    { WA_DEMO_API: api, WA_DEMO_SANDBOX_URL: sandboxUrl, WA_DEMO_PORT: setting('WA_DEMO_PORT') ?? '0' },
    /webhook url (\S+)/,
  );
  const response = await fetch(`${sandboxUrl}/_sandbox/api/webhooks`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ [api]: webhookUrl }),
  });
  const result = (await response.json()) as { results?: Record<string, { ok: boolean; detail: string }> };
  const outcome = result.results?.[api];
  if (!response.ok || !outcome?.ok) {
    throw new Error(
      `Could not point the sandbox's webhooks at the bot: ${outcome?.detail ?? response.status}.`,
    );
  }
  console.log(`
${prefix} Ready. Open the chat UI:  ${sandboxUrl}/
${prefix} Play the customer: type "hi" and follow the bot's menu (the bot uses the ${api === 'cloud' ? 'Cloud' : 'On-Premises'} API).
${prefix} Press Ctrl-C to stop the sandbox and the bot.
`);
}

main().catch((error: unknown) => {
  console.error(`${prefix} ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});
