/**
 * (c) Webhook ingest: verify + parse + dispatch in process, beside the floor of node:crypto HMAC verify +
 * JSON.parse of the same ~2 KB body, Web Crypto one at a time, and the published peers.
 */
import { createHmac, timingSafeEqual, webcrypto } from 'node:crypto';
import { measureSerial, measureSync } from '../lib/measure.ts';
import type { BenchReport } from '../lib/report.ts';
import {
  appSecret,
  eventsPerDelivery,
  webhookBody,
  webhookBytes,
  webhookSignature,
} from '../lib/webhook-sample.ts';

function floorVerifyAndParse(): unknown {
  const expected = createHmac('sha256', appSecret).update(webhookBytes).digest();
  const given = Buffer.from(webhookSignature.slice(7), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('bad signature');
  return JSON.parse(webhookBytes.toString('utf8'));
}

/** Times verify + parse + dispatch of the sample delivery beside the HMAC + JSON.parse floor and adds it to `report`. */
export async function benchWebhookIngest(report: BenchReport, { quick }: { quick: boolean }): Promise<void> {
  const iterations = quick ? 3_000 : 20_000;
  report.section(`(c) Webhook ingest in process: µs per ${webhookBytes.length}-byte delivery`);
  const floor = 'node:crypto verify + JSON.parse';
  report.add({
    section: 'webhook',
    name: floor,
    value: measureSync(floorVerifyAndParse, { iterations }) / 1000,
    unit: 'µs',
    isFloor: true,
  });
  report.add({
    section: 'webhook',
    name: 'node:crypto HMAC verify only',
    value:
      measureSync(() => createHmac('sha256', appSecret).update(webhookBytes).digest(), { iterations }) / 1000,
    unit: 'µs',
    floor,
  });
  const key = await webcrypto.subtle.importKey(
    'raw',
    Buffer.from(appSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const signatureBytes = Buffer.from(webhookSignature.slice(7), 'hex');
  report.add({
    section: 'webhook',
    name: 'Web Crypto subtle.verify, awaited one at a time',
    value:
      (await measureSerial(() => webcrypto.subtle.verify('HMAC', key, signatureBytes, webhookBytes), {
        iterations: Math.ceil(iterations / 4),
      })) / 1000,
    unit: 'µs',
    floor,
  });

  await addOurs(report, floor, iterations);

  try {
    const { normalizeWebhook, verifySignature } = (await import(
      '@kapso/whatsapp-cloud-api/server'
    )) as unknown as {
      normalizeWebhook: (payload: unknown) => unknown;
      verifySignature: (options: {
        appSecret: string;
        rawBody: string | Buffer;
        signatureHeader: string;
      }) => boolean;
    };
    const ingest = () => {
      if (!verifySignature({ appSecret, rawBody: webhookBody, signatureHeader: webhookSignature }))
        throw new Error('kapso rejected the signature');
      return normalizeWebhook(JSON.parse(webhookBody));
    };
    ingest();
    report.add({
      section: 'webhook',
      name: 'peer: @kapso/whatsapp-cloud-api verify + normalize',
      value: measureSync(ingest, { iterations }) / 1000,
      unit: 'µs',
      floor,
    });
  } catch (error) {
    console.log(`  (kapso skipped: ${(error as Error).message})`);
  }
  try {
    const { WhatsAppAPI } = await import('whatsapp-api-js');
    const api = new WhatsAppAPI({ token: 'unused', appSecret, secure: true, v: 'v23.0' } as never);
    let dispatched = 0;
    (api as unknown as { on: { message: () => void; status: () => void } }).on.message = () => {
      dispatched++;
    };
    (api as unknown as { on: { message: () => void; status: () => void } }).on.status = () => {
      dispatched++;
    };
    const ingest = () => api.post(JSON.parse(webhookBody), webhookBody, webhookSignature);
    await ingest();
    if (dispatched === 0) throw new Error('nothing was dispatched');
    report.add({
      section: 'webhook',
      name: 'peer: whatsapp-api-js post()',
      value: (await measureSerial(ingest, { iterations: Math.ceil(iterations / 4) })) / 1000,
      unit: 'µs',
      floor,
      note: `reads ${dispatched > 1 ? 'several' : 'only the first'} event(s) per delivery`,
    });
  } catch (error) {
    console.log(`  (whatsapp-api-js skipped: ${(error as Error).message})`);
  }
  try {
    const { default: Client } = await import('@great-detail/whatsapp');
    const client = new Client();
    const ingest = async () => {
      const notification = await client.webhook.eventNotification({
        method: 'POST',
        headers: { 'x-hub-signature-256': webhookSignature },
        body: webhookBody,
      } as never);
      await notification.verifySignature(appSecret);
      return notification.eventNotification;
    };
    await ingest();
    report.add({
      section: 'webhook',
      name: 'peer: @great-detail/whatsapp eventNotification',
      value: (await measureSerial(ingest, { iterations: Math.ceil(iterations / 4) })) / 1000,
      unit: 'µs',
      floor,
    });
  } catch (error) {
    console.log(`  (great-detail skipped: ${(error as Error).message})`);
  }
}

/** Our rows: `verifyAndReceive` is verify + parse (with @wa/schema) + dispatch to listeners, no HTTP. */
async function addOurs(report: BenchReport, floor: string, iterations: number): Promise<void> {
  const { createWebhookHandler } = await import('@wa/webhooks');
  let dispatched = 0;
  const count = () => {
    dispatched++;
  };
  const plain = createWebhookHandler({ appSecret, verifyToken: 'bench', dedupe: false });
  plain.onAny(count);
  await plain.verifyAndReceive(webhookBytes, webhookSignature);
  if (dispatched !== eventsPerDelivery)
    throw new Error(`expected ${eventsPerDelivery} events, got ${dispatched}`);
  report.add({
    section: 'webhook',
    name: '@wa/webhooks verifyAndReceive (dedupe off)',
    value:
      (await measureSerial(() => plain.verifyAndReceive(webhookBytes, webhookSignature), { iterations })) /
      1000,
    unit: 'µs',
    floor,
    target: 1.4,
    note: `${eventsPerDelivery} events dispatched per delivery`,
  });
  // With deduplication on, every delivery must be new, so each iteration gets its own ids and signature.
  const deliveries = Array.from({ length: iterations + 500 }, (_, index) => {
    const body = Buffer.from(
      webhookBody.replaceAll('wamid.HBgN', `wamid.${index.toString(36).padStart(4, '0')}`),
    );
    return { body, signature: `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}` };
  });
  const deduped = createWebhookHandler({ appSecret, verifyToken: 'bench' });
  deduped.onAny(count);
  let next = 0;
  report.add({
    section: 'webhook',
    name: '@wa/webhooks verifyAndReceive (dedupe on, all new)',
    value:
      (await measureSerial(
        () => {
          const delivery = deliveries[next++ % deliveries.length] as (typeof deliveries)[number];
          return deduped.verifyAndReceive(delivery.body, delivery.signature);
        },
        { iterations: Math.floor(iterations / 4), rounds: 1 },
      )) / 1000,
    unit: 'µs',
    floor,
  });
}
