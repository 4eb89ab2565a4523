/**
 * A webhook receiver in its own process, for the "killed between claim and success" scenario. It serves
 * `createWebhookHandler` with the SQLite dedupe store at `FAULT_DB` and prints `listening <port>`. With
 * `FAULT_MODE=hang` its listener prints `claimed <message id>` and never finishes (the parent then kills
 * the process with SIGKILL); otherwise it appends each message id it processed to `FAULT_EVENTS`.
 */
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookHandler } from '@wa/webhooks';
import { createNodeListener } from '@wa/webhooks/node';
import { openSqliteDedupeStore } from './sqlite-dedupe-store.ts';

const { FAULT_DB, FAULT_EVENTS, FAULT_MODE, FAULT_APP_SECRET, FAULT_LEASE_MS } = process.env;
if (FAULT_DB === undefined || FAULT_EVENTS === undefined || FAULT_APP_SECRET === undefined) {
  throw new Error('[@wa-demo/fault-suite] FAULT_DB, FAULT_EVENTS and FAULT_APP_SECRET are required.');
}
const store = openSqliteDedupeStore(FAULT_DB);
const webhooks = createWebhookHandler({
  appSecret: FAULT_APP_SECRET,
  dedupe: { store, leaseMs: Number(FAULT_LEASE_MS ?? '500') },
});
webhooks.on('message', (event) => {
  if (FAULT_MODE === 'hang') {
    process.stdout.write(`claimed ${event.messageId}\n`);
    return new Promise<void>(() => undefined);
  }
  appendFileSync(FAULT_EVENTS, `${event.messageId}\n`);
  return undefined;
});
webhooks.onError(() => undefined);
const listener = createNodeListener(webhooks);
const server = createServer((request, response) => {
  response.setHeader('connection', 'close');
  void listener(request, response);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
});
