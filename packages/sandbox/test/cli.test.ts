import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../src/index.ts';

const cli = join(import.meta.dirname, '..', 'src', 'cli.ts');
const running: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(
    running.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
});

function run(args: string[]): { child: ChildProcess; lines: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--conditions=@wa/source', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  running.push(child);
  const lines: string[] = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => lines.push(line));
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => lines.push(line));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, exited };
}

describe('the wa-sandbox CLI', () => {
  it('starts on --port 0 and prints the URLs and the default credentials', async () => {
    const { lines } = run(['--port', '0', '--failure-code', '131049', '--callback-url', '']);
    await expect.poll(() => lines.some((line) => line.includes('database')), { timeout: 20_000 }).toBe(true);
    const text = lines.join('\n');
    const url = /ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1] ?? '';
    expect(url).not.toBe('');
    expect(text).toContain(`${url}/v23.0/106540352242922/messages`);
    expect(text).toContain(`${url}/v23.0/102290129340398/message_templates`);
    expect(text).toContain('24-hour window not enforced');
    expect(text).toContain('accessToken sandbox-access-token');
    expect(text).toContain('Basic admin:sandbox-password');
    expect((await fetch(`${url}/`)).headers.get('content-type')).toContain('text/html');
  });

  it('never prints a configured secret', async () => {
    const { lines } = run(['--port', '0', '--access-token', 'EAAG-secret-991', '--app-secret', 'shh-7731']);
    await expect.poll(() => lines.some((line) => line.includes('database')), { timeout: 20_000 }).toBe(true);
    const text = lines.join('\n');
    expect(text).not.toContain('EAAG-secret-991');
    expect(text).not.toContain('shh-7731');
    expect(text).toContain('<configured access token>');
  });

  it('exits 1 and says so when the asked port is busy (it never moves to another port)', async () => {
    const holder = await createSandbox();
    try {
      const port = new URL(holder.url).port;
      const { lines, exited } = run(['--port', port]);
      expect(await exited).toBe(1);
      expect(lines.join('\n')).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(lines.join('\n')).not.toContain('ready at');
    } finally {
      await holder.close();
    }
  });

  it('exits 1 on an unknown flag', async () => {
    const { lines, exited } = run(['--prot', '5880']);
    expect(await exited).toBe(1);
    expect(lines.join('\n')).toContain('[@wa/sandbox]');
  });
});
