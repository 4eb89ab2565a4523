/** Starts the stand-in server in a child process and returns its base URL. */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** A running stand-in server. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  /** The loopback port it listens on. */
  port: number;
  /** Ends the child process and resolves once it has exited. */
  stop(): Promise<void>;
}

/** Forks the stand-in API server, waits for the port it listens on, and returns its address and a stop function. */
export async function startStandInServer(): Promise<ServerProcess> {
  const child = fork(join(import.meta.dirname, 'stand-in-server.ts'), [], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [line] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  const { port } = JSON.parse(line.toString()) as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      child.disconnect();
      await once(child, 'exit');
    },
  };
}
