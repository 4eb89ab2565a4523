import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SECRET, cloudValue, contact, post, textMessage } from '../test/payloads.ts';
import { startServer, type TestServer } from '../test/test-server.ts';
import { createNodeListener } from './adapters/node.ts';
import { createWebhookHandler } from './create-webhook-handler.ts';
import type { InvalidEvent, WebhookEvent } from './webhook-event.ts';

// A delivery with broken parts is answered 200 and its good parts dispatched: a 4xx would make WhatsApp
// resend the same bytes for days, and the good parts would never arrive.
describe('a delivery with broken parts, over HTTP', () => {
  const handler = createWebhookHandler({ appSecret: APP_SECRET, dedupe: false });
  const all: WebhookEvent[] = [];
  const invalid: InvalidEvent[] = [];
  handler.onAny((event) => {
    all.push(event);
  });
  handler.on('invalid', (event) => {
    invalid.push(event);
  });
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(createNodeListener(handler));
  });
  afterAll(() => server.close());

  it('R-WH-1 answers 200, dispatches the good entry and change, and reports each broken part as an invalid event', async () => {
    const good = cloudValue({
      contacts: [contact('16505551234', 'Sheena')],
      messages: [textMessage('wamid.OK1')],
    });
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        { changes: [{ field: 'messages', value: good }] },
        {
          id: '102290129340398',
          changes: [
            { field: 'messages', value: { ...good, metadata: undefined } },
            {
              field: 'messages',
              value: cloudValue({ messages: [textMessage('wamid.OK2'), { id: 'wamid.BAD', type: 'text' }] }),
            },
          ],
        },
      ],
    });
    const response = await post(server.url, body);
    expect(response.status).toBe(200);
    expect(all.map((event) => event.name)).toEqual(['invalid', 'invalid', 'message.text', 'invalid']);
    expect(invalid.map((event) => [event.part, event.path])).toEqual([
      ['entry', '$.entry[0]'],
      ['change', '$.entry[1].changes[0]'],
      ['message', '$.entry[1].changes[1].value.messages[1]'],
    ]);
    expect(invalid.map((event) => event.issues.map((issue) => issue.path))).toEqual([
      ['$.entry[0].id'],
      ['$.entry[1].changes[0].value.metadata'],
      ['$.entry[1].changes[1].value.messages[1].timestamp', '$.entry[1].changes[1].value.messages[1].text'],
    ]);
    const message = all[2];
    expect(message?.kind === 'message' && message.messageId).toBe('wamid.OK2');
  });

  it('R-WH-1 still answers 400 to a body that is not a notification at all', async () => {
    all.length = 0;
    const response = await post(
      server.url,
      JSON.stringify({ object: 'whatsapp_business_account', entry: 'x' }),
    );
    expect(response.status).toBe(400);
    expect(all).toEqual([]);
  });
});
