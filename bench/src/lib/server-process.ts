/** Starts the stand-in server in a child process and returns its base URL. */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** A running stand-in server. */
export interface ServerProcess {
  baseUrl: string;
  port: number;
  stop(): Promise<void>;
}

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
