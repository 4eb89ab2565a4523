import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** An outbox worker running as its own Node process (`outbox-worker-process.ts`). */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** What the process wrote to stderr (for failure messages). */
  readonly stderr: () => string;
  /** SIGKILL: the process dies at once, mid-send if it was sending. */
  kill(): Promise<void>;
  /** SIGTERM: the worker finishes its sends in flight and exits. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a worker process and resolves once it takes jobs. */
export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=@wa/source', join(import.meta.dirname, 'outbox-worker-process.ts')],
    {
      env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker process exited with ${code}:\n${stderr}`)));
  });
  return {
    child,
    stderr: () => stderr,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
