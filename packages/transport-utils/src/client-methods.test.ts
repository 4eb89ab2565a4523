import type { OutgoingMessage, SendResult } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import { type ClientCore, createClientMethods, toMessageText, toWireText } from './client-methods.ts';
import { UnsupportedOperationError } from './unsupported-operation-error.ts';

/** A core whose `send` records the message it was given (no HTTP: the transports' tests cover that). */
function recordingCore(missing: ClientCore<SendResult, { healthy: boolean; nodes: [] }>['missing'] = {}) {
  const sent: OutgoingMessage[] = [];
  const core: ClientCore<SendResult, { healthy: boolean; nodes: [] }> = {
    api: 'onprem',
    packageName: '@wa/transport-x',
    missing,
    send: async (message) => {
      sent.push(message);
      return { api: 'onprem', messageId: `m${sent.length}`, contacts: [] };
    },
    markRead: async () => {},
    uploadMedia: async () => ({ id: '1' }),
    downloadMedia: async () => ({ data: new Uint8Array(), mimeType: 'image/png' }),
    deleteMedia: async () => {},
  };
  return { sent, client: createClientMethods(core) };
}

describe('createClientMethods', () => {
  it('R-REQ-18 R-REQ-17 builds the envelope of the send helpers like the schema builders', async () => {
    const { sent, client } = recordingCore();
    await client.sendText('155', 'Hi', {
      previewUrl: true,
      replyTo: 'wamid.A',
      bizOpaqueCallbackData: 'c-1',
    });
    expect(sent[0]).toStrictEqual({
      to: '155',
      context: { message_id: 'wamid.A' },
      biz_opaque_callback_data: 'c-1',
      type: 'text',
      text: { body: 'Hi', preview_url: true },
    });
  });

  it('R-TPL-2 writes a template language code as a language object', async () => {
    const { sent, client } = recordingCore();
    await client.sendTemplate('155', { name: 'hello', language: 'pt_BR' });
    expect(sent[0]).toStrictEqual({
      to: '155',
      type: 'template',
      template: { name: 'hello', language: { code: 'pt_BR' } },
    });
  });

  it('R-REQ-18 rejects reply and replyTo when the API has no reply context, before sending', async () => {
    const { sent, client } = recordingCore({ replyContext: { rule: 'R-REQ-18', reason: 'Cloud only' } });
    const errors = await Promise.all([
      client
        .reply('wamid.A', { to: '155', type: 'text', text: { body: 'x' } })
        .catch((error: unknown) => error),
      client.sendText('155', 'x', { replyTo: 'wamid.A' }).catch((error: unknown) => error),
    ]);
    for (const error of errors) {
      expect(UnsupportedOperationError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ rule: 'R-REQ-18', feature: 'replyContext', mayHaveBeenSent: false });
    }
    expect((errors[0] as Error).message).toBe(
      '[@wa/transport-x] reply is not available on the On-Premises API: Cloud only [R-REQ-18]. Nothing was sent.',
    );
    expect(sent).toHaveLength(0);
  });

  it('rejects an optional call the core does not implement, and supports() says so', async () => {
    const { client } = recordingCore({ health: { rule: 'R-DLV-8', reason: 'On-Premises only' } });
    await expect(client.health()).rejects.toMatchObject({
      code: 'WA_UNSUPPORTED_OPERATION',
      rule: 'R-DLV-8',
    });
    await expect(client.getMediaUrl('1')).rejects.toMatchObject({ feature: 'mediaUrl' });
    expect(client.supports('health')).toBe(false);
    expect(client.supports('reaction')).toBe(true);
    await expect(client.close()).resolves.toBeUndefined();
  });

  it('toMessageText and toWireText read the text of a FormattedText (branded like @wa/format)', async () => {
    const formatted = (text: string) => ({ text, [Symbol.for('@wa/format.FormattedText')]: true });
    expect(toMessageText('plain')).toBe('plain');
    expect(toMessageText(formatted('*bold*') as never)).toBe('*bold*');
    const unbranded = { text: 'x' };
    expect(toMessageText(unbranded as never)).toBe(unbranded);
    const plain = { type: 'button', body: { text: 'Pick' }, action: { buttons: [] } };
    expect(toWireText(plain)).toBe(plain);

    const { sent, client } = recordingCore();
    await client.sendInteractive('155', {
      type: 'button',
      body: { text: formatted('*Pick* one') as never },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
    });
    await client.sendImage('155', { id: '1', caption: formatted('_menu_') as never });
    expect(sent.map((message) => JSON.parse(JSON.stringify(message)))).toStrictEqual([
      {
        to: '155',
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: '*Pick* one' },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
        },
      },
      { to: '155', type: 'image', image: { id: '1', caption: '_menu_' } },
    ]);
  });
});
