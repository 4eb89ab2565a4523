import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redisServerPath } from './redis-server-path.ts';

/** A `redis-server` started for a test, on a free loopback port, in its own temporary folder. */
export interface TestRedisServer {
  /** The port on 127.0.0.1. */
  readonly port: number;
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  /** Kills the server with SIGKILL (no shutdown save) and starts it again on the same port and folder. */
  restart(options?: { downMs?: number }): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** Options of {@link startRedisServer}. */
export interface TestRedisServerOptions {
  /**
   * Persistence: `none` (the default: no RDB snapshots, no append-only file) or `aof` (append-only file,
   * fsync on every write, so a SIGKILL loses nothing: what the restart tests need).
   */
  persistence?: 'none' | 'aof';
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function launch(binary: string, args: string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
  });
}

async function exited(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * Starts Debian's `redis-server` on 127.0.0.1 and a free port, with every file in a new temporary
 * folder and only the settings chosen here (no config file is read).
 */
export async function startRedisServer(options: TestRedisServerOptions = {}): Promise<TestRedisServer> {
  const binary = redisServerPath();
  if (binary === undefined)
    throw new Error('redis-server is not installed (run test/ensure-redis-server.ts)');
  const directory = mkdtempSync(join(tmpdir(), 'wa-redis-test-'));
  const port = await freePort();
  const aof = options.persistence === 'aof';
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    directory,
    '--save',
    '',
    '--appendonly',
    aof ? 'yes' : 'no',
    '--appendfsync',
    'always',
    '--loglevel',
    'notice',
  ];
  let child = await launch(binary, args);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async restart({ downMs = 300 } = {}) {
      await exited(child, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, downMs));
      child = await launch(binary, args);
    },
    async stop() {
      await exited(child, 'SIGTERM');
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
