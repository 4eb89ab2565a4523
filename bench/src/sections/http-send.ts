/**
 * (a) Send throughput and client CPU per send against a minimal server in another process, beside bare
 * undici, global fetch and ky, and the published peers. Three rows answer how much the SDK costs over the
 * HTTP library it is built on, in the same run: a bare `fetch` POST, ky alone with the settings the SDK
 * gives it (time limit, a retry limit with a `shouldRetry`), and the SDK's validated send.
 */
import ky from 'ky';
import { Agent, Pool, fetch as undiciFetch } from 'undici';
import { measureAsync } from '../lib/measure.ts';
import type { BenchReport } from '../lib/report.ts';
import { startStandInServer } from '../lib/server-process.ts';

const phoneNumberId = '106540352242922';
const to = '15551234567';
const bodyText =
  'Your order *#4521* has shipped and arrives on _Tuesday_. Track it at https://example.com/t/4521';
const cloudBody = {
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to,
  type: 'text',
  text: { body: bodyText },
};

/** One send implementation to measure. */
interface Contender {
  name: string;
  setup: (baseUrl: string) => Promise<() => Promise<unknown>>;
  note?: string;
  target?: number;
  /** The row this one is compared with (default: the global fetch POST). */
  floor?: string;
}

const FETCH_ROW = 'global fetch POST';
const KY_SAME_ROW = 'ky alone, same settings as the SDK';

/** The Cloud client every @wa/transport-cloud contender measures: no pacing, an optional custom `fetch`. */
async function cloudClientAt(baseUrl: string, fetch?: typeof globalThis.fetch) {
  const { createCloudClient } = await import('@wa/transport-cloud');
  return createCloudClient({
    accessToken: 'bench-token',
    phoneNumberId,
    baseUrl,
    apiVersion: 'v23.0',
    pacing: false,
    ...(fetch === undefined ? {} : { fetch }),
  });
}

async function loadOptional<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    console.log(`  (skipped: ${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

/** Measures each send contender against the stand-in server and adds throughput and CPU per send to `report`. */
export async function benchHttpSend(report: BenchReport, { quick }: { quick: boolean }): Promise<void> {
  const server = await startStandInServer();
  const path = `/v23.0/${phoneNumberId}/messages`;
  const headers = { authorization: 'Bearer bench-token', 'content-type': 'application/json' };
  const contenders: Contender[] = [
    {
      name: 'undici Pool.request (keep-alive)',
      setup: async (baseUrl) => {
        const pool = new Pool(baseUrl, { connections: 64 });
        return async () => {
          const response = await pool.request({
            method: 'POST',
            path,
            headers,
            body: JSON.stringify(cloudBody),
          });
          return response.body.json();
        };
      },
    },
    {
      name: 'global fetch POST',
      setup: async (baseUrl) => async () => {
        const response = await fetch(baseUrl + path, {
          method: 'POST',
          headers,
          body: JSON.stringify(cloudBody),
        });
        return response.json();
      },
    },
    {
      name: 'ky (defaults)',
      setup: async (baseUrl) => {
        const client = ky.create({ prefix: baseUrl, headers });
        return () => client.post(path.slice(1), { json: cloudBody }).json();
      },
    },
    {
      name: 'ky (retry: 0, timeout: false)',
      setup: async (baseUrl) => {
        const client = ky.create({ prefix: baseUrl, headers, retry: 0, timeout: false });
        return () => client.post(path.slice(1), { json: cloudBody }).json();
      },
    },
    {
      name: KY_SAME_ROW,
      note: 'timeout 30 s, retry limit 3 with a shouldRetry, as the Cloud client configures its ky instance',
      setup: async (baseUrl) => {
        const client = ky.create({
          headers,
          timeout: 30_000,
          retry: {
            limit: 3,
            methods: ['get', 'post', 'put', 'delete'],
            backoffLimit: 30_000,
            shouldRetry: () => false,
          },
        });
        const url = baseUrl + path;
        return async () => {
          const text = await client.post(url, { json: cloudBody }).text();
          return JSON.parse(text);
        };
      },
    },
    {
      name: '@wa/transport-cloud sendText (validated)',
      target: 1.1,
      floor: KY_SAME_ROW,
      setup: async (baseUrl) => {
        const client = await cloudClientAt(baseUrl);
        return () => client.send({ to, type: 'text', text: { body: bodyText } });
      },
    },
    {
      name: '@wa/transport-cloud sendText (undici fetch)',
      note: 'the documented fast path: undici fetch with a 64-connection Agent',
      setup: async (baseUrl) => {
        const dispatcher = new Agent({ connections: 64 });
        const fastFetch = ((input: string | URL | Request, init?: RequestInit) =>
          undiciFetch(
            input as string,
            { ...(init as object), dispatcher } as never,
          )) as unknown as typeof fetch;
        const client = await cloudClientAt(baseUrl, fastFetch);
        return () => client.send({ to, type: 'text', text: { body: bodyText } });
      },
    },
    {
      name: '@wa/transport-onprem send text (validated)',
      setup: async (baseUrl) => {
        const { createOnPremClient } = await import('@wa/transport-onprem');
        const client = createOnPremClient({ baseUrl, token: 'bench-token', pacing: false });
        return () => client.send({ to, type: 'text', text: { body: bodyText } });
      },
    },
    {
      name: 'peer: whatsapp-api-js 6.3.0',
      setup: async (baseUrl) => {
        const { WhatsAppAPI } = await import('whatsapp-api-js');
        const { Text } = await import('whatsapp-api-js/messages');
        const redirect = ((input: string | URL | Request, init?: RequestInit) =>
          fetch(String(input).replace('https://graph.facebook.com', baseUrl), init)) as typeof fetch;
        const api = new WhatsAppAPI({
          token: 'bench-token',
          appSecret: 'unused',
          v: 'v23.0',
          secure: false,
          ponyfill: { fetch: redirect },
        } as never);
        return () => api.sendMessage(phoneNumberId, to, new Text(bodyText));
      },
    },
    {
      name: 'peer: @kapso/whatsapp-cloud-api 0.3.0',
      setup: async (baseUrl) => {
        const { WhatsAppClient } = await import('@kapso/whatsapp-cloud-api');
        const client = new WhatsAppClient({
          accessToken: 'bench-token',
          baseUrl,
          graphVersion: 'v23.0',
        } as never);
        return () => client.messages.sendText({ phoneNumberId, to, body: bodyText });
      },
    },
    {
      name: 'peer: @great-detail/whatsapp 9.2.0',
      setup: async (baseUrl) => {
        const { default: Client } = await import('@great-detail/whatsapp');
        const client = new Client({
          baseUrl,
          graphVersion: 'v23.0',
          request: { headers: { Authorization: 'Bearer bench-token' } },
        });
        // createMessage returns ky's response promise; reading the JSON is part of a send.
        return () =>
          (
            client.message.createMessage({
              phoneNumberID: phoneNumberId,
              to,
              type: 'text',
              text: { body: bodyText },
            } as never) as unknown as { json(): Promise<unknown> }
          ).json();
      },
    },
  ];
  const total = quick ? 3_000 : 15_000;
  report.section(
    `(a) HTTP send: ${total.toLocaleString('en-US')} sends, concurrency 64, server in another process — client CPU per send`,
  );
  try {
    const filter = process.env.BENCH_CONTENDERS?.split(',');
    const cpuByName = new Map<string, number>();
    for (const contender of contenders) {
      if (filter && !filter.some((part) => contender.name.includes(part))) continue;
      const operation = await loadOptional(async () => {
        const send = await contender.setup(server.baseUrl);
        // A contender that fails fast would look cheap: prove it gets the message id back first.
        const answer = JSON.stringify(await send());
        if (!answer.includes('wamid.') && !answer.includes('gBEGkYiEB1VXAglK1ZEqA1YKPrU')) {
          throw new Error(`no message id in the answer: ${answer.slice(0, 120)}`);
        }
        return send;
      });
      if (!operation) continue;
      const figures = await loadOptional(() => measureAsync(operation, { total, concurrency: 64 }));
      if (!figures) continue;
      cpuByName.set(contender.name, figures.cpuMicros);
      const isFloor =
        contender.name.startsWith('undici') ||
        contender.name.startsWith('global fetch') ||
        contender.name === KY_SAME_ROW;
      const floor = isFloor
        ? contender.name.startsWith('global')
          ? 'undici Pool.request (keep-alive)'
          : contender.name === KY_SAME_ROW
            ? FETCH_ROW
            : undefined
        : (contender.floor ?? FETCH_ROW);
      const fetchCpu = cpuByName.get(FETCH_ROW);
      const vsFetch =
        floor !== FETCH_ROW && contender.name !== FETCH_ROW && fetchCpu !== undefined
          ? `; ${(figures.cpuMicros / fetchCpu).toFixed(2)}x ${FETCH_ROW}`
          : '';
      report.add({
        section: 'http-send',
        name: contender.name,
        value: figures.cpuMicros,
        unit: 'µs CPU/send',
        floor,
        target: contender.target,
        isFloor,
        note: `${Math.round(figures.perSecond).toLocaleString('en-US')} sends/s${vsFetch}${contender.note ? `; ${contender.note}` : ''}`,
      });
    }
  } finally {
    await server.stop();
  }
}
