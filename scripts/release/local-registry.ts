/**
 * A throwaway npm registry (Verdaccio) for the release check, run as a child process so the caller can
 * block on `npm`/`pnpm` while it serves. Listens on a free port of 127.0.0.1, keeps its storage in the
 * folder it is given and has no uplinks: it serves only what is published to it.
 *
 * `startLocalRegistry(folder)` forks this file and resolves once it listens.
 */
import { type ChildProcess, fork } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A running local registry. */
export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Stops the registry process. */
  stop(): Promise<void>;
}

/** The Verdaccio configuration: local storage, htpasswd users, publish after login, no uplinks. */
export function registryConfig(folder: string): Record<string, unknown> {
  return {
    storage: join(folder, 'storage'),
    self_path: folder,
    auth: { htpasswd: { file: join(folder, 'htpasswd'), max_users: 10 } },
    // No `uplinks` and no `proxy` on any package: nothing is ever fetched from another registry.
    uplinks: {},
    packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
    max_body_size: '50mb',
  };
}

/** Starts the registry in a child process serving `folder`. */
export function startLocalRegistry(folder: string): Promise<LocalRegistry> {
  const child: ChildProcess = fork(import.meta.filename, [folder], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`local registry exited (${code}) before listening:\n${output}`)),
    );
    child.once('message', (message: { port: number }) => {
      child.removeAllListeners('exit');
      resolve({
        url: `http://127.0.0.1:${message.port}/`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

// Run as the child: serve until told to stop.
if (process.argv[1] === import.meta.filename && process.send !== undefined) {
  const folder = process.argv[2] ?? '';
  const { runServer } = await import('verdaccio');
  const server = (await runServer(registryConfig(folder) as never)) as Server;
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
