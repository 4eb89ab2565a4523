import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer as Sandbox } from '../src/start-sandbox-server.ts';
import { call, startSandbox } from './helpers.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('the UI API', () => {
  it('serves the page and its assets', async () => {
    const page = await fetch(`${sandbox.url}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<script type="module" src="/_sandbox/assets/app.js">');
    for (const asset of ['app.js', 'app.css']) {
      expect((await fetch(`${sandbox.url}/_sandbox/assets/${asset}`)).status).toBe(200);
    }
  });

  it('adds a customer and plays its actions', async () => {
    expect(
      (await call(`${sandbox.url}/_sandbox/api/customers`, { body: { waId: '15559990000', name: 'Zoe' } }))
        .status,
    ).toBe(200);
    const sent = await call(`${sandbox.url}/_sandbox/api/customers/15559990000/actions`, {
      body: { kind: 'text', text: 'hello' },
    });
    expect(String(sent.body.id)).toMatch(/^wamid\./);
    const { body } = await call(`${sandbox.url}/_sandbox/api/customers/15559990000/messages`);
    expect(JSON.stringify(body.messages)).toContain('hello');
  });

  it.each([
    ['an unknown action kind', { kind: 'teleport' }],
    ['a latitude out of range', { kind: 'location', latitude: 123, longitude: 0 }],
    ['an empty text', { kind: 'text', text: '' }],
  ])('refuses %s with 400', async (_name, action) => {
    const { status } = await call(`${sandbox.url}/_sandbox/api/customers/15551230001/actions`, {
      body: action,
    });
    expect(status).toBe(400);
  });

  it('refuses a customer that does not exist with 404', async () => {
    const { status } = await call(`${sandbox.url}/_sandbox/api/customers/999999999/actions`, {
      body: { kind: 'text', text: 'x' },
    });
    expect(status).toBe(404);
  });

  it('accepts only JSON on its POST and PUT routes (no cross-site form posts)', async () => {
    const reset = await call(`${sandbox.url}/_sandbox/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      raw: '{}',
    });
    expect(reset.status).toBe(415);
    const form = await call(`${sandbox.url}/_sandbox/api/customers/15551230001/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      raw: 'kind=text&text=hi',
    });
    expect(form.status).toBe(415);
  });

  it('refuses a callback URL that is not http(s)', async () => {
    const { status } = await call(`${sandbox.url}/_sandbox/api/webhooks`, {
      method: 'PUT',
      body: { cloud: 'file:///etc/passwd' },
    });
    expect(status).toBe(400);
  });

  it('streams changes as Server-Sent Events', async () => {
    const controller = new AbortController();
    const response = await fetch(`${sandbox.url}/_sandbox/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    sandbox.core.customerAction('15551230001', { kind: 'text', text: 'live update' });
    let received = '';
    while (!received.includes('live update')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(received).toContain('event: message');
  });
});
