import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCloudClient } from '@wa/transport-cloud';
import { createStatusTracker, createWebhookHandler, dedupeKeyOf, type WebhookEvent } from '@wa/webhooks';
import { createNodeListener } from '@wa/webhooks/node';
import { type ConnectionFault, startFaultProxy } from './fault-proxy.ts';
import type { FaultRow } from './fault-table.ts';
import { type GraphAnswer, graphErrorBody, startGraphServer } from './graph-server.ts';
import { deliverLikeMeta, messageNotification, statusNotification } from './meta-sender.ts';

const APP_SECRET = 'fault-suite-app-secret';
const RECIPIENT = '16505551234';

/** A send scenario: faults on the connections and answers of the server, then one `send()`. */
export interface SendScenario {
  kind: 'send';
  name: string;
  faults?: ConnectionFault[];
  answers?: GraphAnswer[];
  /** The client's timeout per attempt, in milliseconds. */
  timeoutMs?: number;
  /** Nothing was created by the fault, so the send must end sent (after retrying). */
  expectSent?: boolean;
}

/** A webhook scenario: Meta-like deliveries through the proxy to a handler in this process. */
export interface WebhookScenario {
  kind: 'webhook';
  name: string;
  faults?: ConnectionFault[];
  /** The bodies delivered, in order (each retried until acknowledged). */
  deliveries: string[];
  /** A listener throws on its first call. */
  throwOnce?: boolean;
  /** Also checks the furthest status with a status tracker (out-of-order statuses). */
  expectFinalStatus?: string;
}

/** The process-kill scenario (a child process with a persistent store). */
export interface KillScenario {
  kind: 'kill';
  name: string;
}

export type Scenario = SendScenario | WebhookScenario | KillScenario;

const created = (status: number, body?: string, headers?: Record<string, string>): GraphAnswer => ({
  create: true,
  status,
  body,
  headers,
});
const refused = (status: number, body?: string, headers?: Record<string, string>): GraphAnswer => ({
  create: false,
  status,
  body,
  headers,
});
const rateLimitBody = graphErrorBody(130429, '(#130429) Rate limit hit', false);
/** Graph error bodies a 5xx may carry: [status, code, message, is_transient]. */
const serverErrors: readonly [number, number, string, boolean][] = [
  [500, 131000, 'Something went wrong', false],
  [502, 1, 'An unknown error occurred', false],
  [503, 2, 'Service temporarily unavailable', true],
  [504, 2, 'Service temporarily unavailable', true],
];

/** Every scenario of the suite, in table order. */
export const scenarios: readonly Scenario[] = [
  { kind: 'send', name: 'send: connection cut before the request', faults: ['cut-before-request'] },
  { kind: 'send', name: 'send: connection cut mid-request', faults: ['cut-mid-request'] },
  { kind: 'send', name: 'send: cut after the request, before the response', faults: ['cut-after-request'] },
  { kind: 'send', name: 'send: connection cut mid-response', faults: ['cut-mid-response'] },
  {
    kind: 'send',
    name: 'send: response slower than the timeout',
    answers: [{ create: true, status: 200, delayMs: 1_500 }],
    timeoutMs: 300,
  },
  {
    kind: 'send',
    name: 'send: 429 with Retry-After, then 200',
    answers: [refused(429, rateLimitBody, { 'retry-after': '1' })],
    expectSent: true,
  },
  {
    kind: 'send',
    name: 'send: 429 without Retry-After, then 200',
    answers: [refused(429, rateLimitBody)],
    expectSent: true,
  },
  ...serverErrors.flatMap(([status, code, message, transient]): SendScenario[] => [
    {
      kind: 'send',
      name: `send: ${status} with a Graph error body (code ${code}) after processing`,
      answers: [created(status, graphErrorBody(code, message, transient))],
    },
    {
      kind: 'send',
      name: `send: ${status} without a body (a proxy) after processing`,
      answers: [created(status, `<html><body>${status}</body></html>`)],
    },
  ]),
  {
    kind: 'webhook',
    name: 'webhook: the same delivery twice',
    deliveries: [messageNotification('wamid.dup'), messageNotification('wamid.dup')],
  },
  {
    kind: 'webhook',
    name: 'webhook: statuses out of order (read, sent, delivered)',
    deliveries: [
      statusNotification('wamid.order', 'read'),
      statusNotification('wamid.order', 'sent'),
      statusNotification('wamid.order', 'delivered'),
    ],
    expectFinalStatus: 'read',
  },
  {
    kind: 'webhook',
    name: 'webhook: a listener throws once',
    deliveries: [messageNotification('wamid.throw')],
    throwOnce: true,
  },
  {
    kind: 'webhook',
    name: 'webhook: cut before the request',
    faults: ['cut-before-request'],
    deliveries: [messageNotification('wamid.norequest')],
  },
  {
    kind: 'webhook',
    name: 'webhook: cut mid-request',
    faults: ['cut-mid-request'],
    deliveries: [messageNotification('wamid.midreq')],
  },
  {
    kind: 'webhook',
    name: 'webhook: cut after the request, before the response',
    faults: ['cut-after-request'],
    deliveries: [messageNotification('wamid.noanswer')],
  },
  {
    kind: 'webhook',
    name: 'webhook: cut mid-response',
    faults: ['cut-mid-response'],
    deliveries: [messageNotification('wamid.midresponse')],
  },
  { kind: 'kill', name: 'webhook: process killed between claim and success' },
];

/** Runs one scenario and returns its row. */
export function runScenario(scenario: Scenario): Promise<FaultRow> {
  if (scenario.kind === 'send') return runSend(scenario);
  if (scenario.kind === 'webhook') return runWebhook(scenario);
  return runKill(scenario);
}

async function runSend(scenario: SendScenario): Promise<FaultRow> {
  const graph = await startGraphServer();
  const proxy = await startFaultProxy(graph.port);
  try {
    graph.answer(...(scenario.answers ?? []));
    proxy.inject(...(scenario.faults ?? []));
    const client = createCloudClient({
      accessToken: 'fault-suite-token',
      phoneNumberId: '106540352242922',
      apiVersion: 'v23.0',
      baseUrl: proxy.url,
      timeout: scenario.timeoutMs ?? 5_000,
      // Short back-offs keep the suite quick; a Retry-After of 1 s is still honoured.
      retry: { baseDelayMs: 10, maxDelayMs: 2_000, jitter: 'none' },
      pacing: false,
    });
    let outcome: string;
    try {
      const result = await client.sendText(RECIPIENT, 'Your order has shipped.');
      outcome = `sent (${result.messageId})`;
    } catch (error) {
      const { name, code, mayHaveBeenSent } = error as {
        name: string;
        code?: string;
        mayHaveBeenSent?: boolean;
      };
      outcome = `${name} ${code ?? ''}${mayHaveBeenSent === undefined ? '' : `, mayHaveBeenSent: ${mayHaveBeenSent}`}`;
    }
    return {
      scenario: scenario.name,
      sendAttempts: proxy.connections,
      messagesCreated: graph.created,
      duplicates: Math.max(0, graph.created - 1),
      outcome,
    };
  } finally {
    await proxy.close();
    await graph.close();
  }
}

async function runWebhook(scenario: WebhookScenario): Promise<FaultRow> {
  const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
  const processed: string[] = [];
  const tracker = createStatusTracker();
  let thrown = false;
  webhooks.onAny((event: WebhookEvent) => {
    if (scenario.throwOnce === true && !thrown) {
      thrown = true;
      throw new Error('the database is down (once)');
    }
    if (event.kind === 'status') tracker.update(event.messageId, event.status);
    processed.push(dedupeKeyOf(event) ?? event.name);
  });
  webhooks.onError(() => undefined);
  const listener = createNodeListener(webhooks);
  const server = createServer((request, response) => {
    response.setHeader('connection', 'close');
    void listener(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy = await startFaultProxy((server.address() as AddressInfo).port);
  try {
    proxy.inject(...(scenario.faults ?? []));
    let attempts = 0;
    const expected = new Set<string>();
    for (const body of scenario.deliveries) {
      for (const key of keysOf(body)) expected.add(key);
      attempts += (await deliverLikeMeta(proxy.url, body, APP_SECRET)).attempts;
    }
    const unique = new Set(processed);
    const lost = [...expected].filter((key) => !unique.has(key)).length;
    let outcome = `${attempts} deliveries for ${scenario.deliveries.length} sent`;
    if (scenario.expectFinalStatus !== undefined) {
      const [messageId] = [...expected][0]?.split(':').slice(1, 2) ?? [];
      const final = tracker.get(messageId ?? '');
      outcome += `; furthest status ${final}`;
      if (final !== scenario.expectFinalStatus) outcome += ` (expected ${scenario.expectFinalStatus})`;
    }
    return {
      scenario: scenario.name,
      eventsDelivered: unique.size,
      eventsLost: lost,
      duplicates: processed.length - unique.size,
      outcome,
    };
  } finally {
    await proxy.close();
    await new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  }
}

/** The dedupe keys of the events of a body (messages and statuses). */
function keysOf(body: string): string[] {
  const value = (JSON.parse(body) as { entry: { changes: { value: Record<string, unknown> }[] }[] }).entry[0]
    ?.changes[0]?.value as {
    messages?: { id: string }[];
    statuses?: { id: string; status: string }[];
  };
  return [
    ...(value.messages ?? []).map((message) => `message:${message.id}`),
    ...(value.statuses ?? []).map((status) => `status:${status.id}:${status.status}`),
  ];
}

const childScript = new URL('./webhook-child.ts', import.meta.url);

interface Child {
  process: ChildProcess;
  port: number;
  /** Resolves with the first `claimed <id>` line. */
  claimed: Promise<string>;
}

/** Starts the webhook receiver process and waits until it listens. */
async function startChild(env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ['--conditions=@wa/source', '--no-warnings', childScript.pathname], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let onClaimed: (id: string) => void = () => undefined;
  const claimed = new Promise<string>((resolve) => (onClaimed = resolve));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`[@wa-demo/fault-suite] the receiver exited (${code}).`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const listening = /listening (\d+)/.exec(output);
      if (listening !== null) resolve(Number(listening[1]));
      const claim = /claimed (\S+)/.exec(output);
      if (claim !== null) onClaimed(claim[1] as string);
    });
  });
  return { process: child, port, claimed };
}

async function runKill(scenario: KillScenario): Promise<FaultRow> {
  const directory = mkdtempSync(join(tmpdir(), 'wa-fault-suite-'));
  const events = join(directory, 'events.txt');
  writeFileSync(events, '');
  const env = {
    FAULT_DB: join(directory, 'dedupe.sqlite'),
    FAULT_EVENTS: events,
    FAULT_APP_SECRET: APP_SECRET,
    FAULT_LEASE_MS: '500',
  };
  const first = await startChild({ ...env, FAULT_MODE: 'hang' });
  const proxy = await startFaultProxy(first.port);
  let second: Child | undefined;
  try {
    const body = messageNotification('wamid.killed');
    // Meta delivers; the receiver claims the event, its listener hangs, and the process is killed.
    const delivery = deliverLikeMeta(proxy.url, body, APP_SECRET);
    await first.claimed;
    const exited = new Promise((resolve) => first.process.once('exit', resolve));
    first.process.kill('SIGKILL');
    await exited;
    // The receiver restarts on the same store; Meta keeps retrying until it gets 200.
    second = await startChild({ ...env, FAULT_MODE: 'normal' });
    proxy.retarget(second.port);
    const { attempts } = await delivery;
    const processed = readFileSync(events, 'utf8').split('\n').filter(Boolean);
    const unique = new Set(processed);
    return {
      scenario: scenario.name,
      eventsDelivered: unique.size,
      eventsLost: unique.has('wamid.killed') ? 0 : 1,
      duplicates: processed.length - unique.size,
      outcome: `${attempts} deliveries for 1 sent (SIGKILL, restart, lease ran out)`,
    };
  } finally {
    await proxy.close();
    for (const child of [first, second]) {
      if (child !== undefined && child.process.exitCode === null && child.process.signalCode === null) {
        const exited = new Promise((resolve) => child.process.once('exit', resolve));
        child.process.kill('SIGKILL');
        await exited;
      }
    }
    rmSync(directory, { recursive: true, force: true });
  }
}
