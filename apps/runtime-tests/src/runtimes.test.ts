import type { ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replyText, settingNames } from './app/reply-app.ts';
import { startCloudApiStandIn } from './cloud-api-stand-in.ts';
import { bundleFor, type Runtime, runtimes } from './runtimes.ts';

/** A port nobody listens on right now, on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resolves once the server answers HTTP on `origin`; rejects with its output if it exits first. */
async function waitUntilServing(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `exited (${signal ?? code}) before serving:\n${output()}`;
  });
  for (;;) {
    if (exited !== undefined) throw new Error(exited);
    try {
      await fetch(origin, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** `promise`, or a failure with the runtime's output when it takes longer than `seconds`. */
function withinSeconds<T>(seconds: number, promise: Promise<T>, output: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no reply within ${seconds} s; runtime output:\n${output()}`)),
      seconds * 1000,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'wa-runtime-tests-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(runtimes.map((runtime, index) => ({ runtime, index, name: runtime.name })))(
  '$name',
  ({ runtime, index }: { runtime: Runtime; index: number }) => {
    it('answers the handshake, refuses unsigned and forged deliveries, replies to a signed inbound text through the Cloud API', async () => {
      const workDirectory = mkdtempSync(join(scratch, 'run-'));
      const bundle = join(workDirectory, 'app.mjs');
      await bundleFor(runtime, bundle);
      const port = await freePort();
      // One stand-in per runtime: no webhook still queued for the previous runtime delays this one.
      const standIn = await startCloudApiStandIn();
      const { graphUrl, accessToken, phoneNumberId, appSecret, verifyToken } = standIn.credentials;
      const settings = {
        [settingNames.runtime]: runtime.name,
        [settingNames.graphUrl]: graphUrl,
        [settingNames.accessToken]: accessToken,
        [settingNames.phoneNumberId]: phoneNumberId,
        [settingNames.appSecret]: appSecret,
        [settingNames.verifyToken]: verifyToken,
      };
      const child = runtime.start(bundle, port, settings, workDirectory);
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      try {
        const origin = `http://127.0.0.1:${port}`;
        await waitUntilServing(origin, child, () => output);
        await standIn.subscribe(`${origin}/webhook`);

        // Deliveries without a signature, or signed with another secret, are refused before parsing.
        const delivery = '{"object":"whatsapp_business_account","entry":[]}';
        const post = (headers: Record<string, string>) =>
          fetch(`${origin}/webhook`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: delivery,
          });
        const forged = createHmac('sha256', 'not-the-app-secret').update(delivery).digest('hex');
        expect((await post({})).status).toBe(401);
        expect((await post({ 'x-hub-signature-256': `sha256=${forged}` })).status).toBe(401);

        const waId = `1555000${String(index).padStart(4, '0')}`;
        const text = `hello from a customer, test ${index}`;
        const reply = standIn.nextSendTo(waId);
        const inboundId = await standIn.customerSays(waId, text);
        expect(await withinSeconds(20, reply, () => output)).toEqual({
          to: waId,
          body: {
            messaging_product: 'whatsapp',
            to: waId,
            type: 'text',
            text: { body: replyText(runtime.name, text) },
            context: { message_id: inboundId },
          },
        });
      } finally {
        await standIn.close();
        await stop(child);
      }
    });
  },
);
