import { describe, expect, it } from 'vitest';
import { issuesOf } from '../__fixtures__/issues-of.ts';
import { outgoingMessageSchema } from '../outgoing-message.ts';
import { toCloudSendRequest } from '../to-cloud-send-request.ts';
import { toOnPremSendRequest } from '../to-onprem-send-request.ts';
import { contactsMessage } from './contacts-message.ts';
import { locationMessage } from './location-message.ts';
import {
  audioMessage,
  documentMessage,
  imageMessage,
  stickerMessage,
  videoMessage,
} from './media-message.ts';
import { reactionMessage } from './reaction-message.ts';
import { textMessage } from './text-message.ts';

const to = '15551234567';

describe('message builders', () => {
  it('textMessage builds a text message with preview, reply context and tracking data', () => {
    const message = textMessage(to, 'See https://example.com', {
      previewUrl: true,
      replyTo: 'wamid.HBgL',
      bizOpaqueCallbackData: 'campaign-7',
    });
    expect(message).toStrictEqual({
      to,
      context: { message_id: 'wamid.HBgL' },
      biz_opaque_callback_data: 'campaign-7',
      type: 'text',
      text: { body: 'See https://example.com', preview_url: true },
    });
    expect(issuesOf(outgoingMessageSchema, message)).toEqual([]);
  });

  it('textMessage without options converts to the minimal request of each API', () => {
    const message = textMessage(to, 'Hi');
    expect(toCloudSendRequest(message)).toStrictEqual({
      messaging_product: 'whatsapp',
      to,
      type: 'text',
      text: { body: 'Hi' },
    });
    expect(toOnPremSendRequest(textMessage(to, 'Hi', { previewUrl: false }))).toStrictEqual({
      to,
      type: 'text',
      preview_url: false,
      text: { body: 'Hi' },
    });
  });

  it('textMessage addresses a business-scoped user ID through recipient', () => {
    expect(textMessage({ recipient: 'US.13491208655302741918' }, 'Hi')).toStrictEqual({
      recipient: 'US.13491208655302741918',
      type: 'text',
      text: { body: 'Hi' },
    });
  });

  it('media builders build valid media messages', () => {
    const messages = [
      imageMessage(to, { link: 'https://example.com/cat.jpg', caption: 'Our cat' }),
      videoMessage(to, { id: '1234' }),
      documentMessage(to, { id: '1234', filename: 'invoice.pdf' }),
      audioMessage(to, { id: '1234', voice: true }),
      stickerMessage(to, { link: 'https://example.com/s.webp' }),
    ];
    expect(messages.map((message) => message.type)).toEqual([
      'image',
      'video',
      'document',
      'audio',
      'sticker',
    ]);
    expect(messages[0]).toStrictEqual({
      to,
      type: 'image',
      image: { link: 'https://example.com/cat.jpg', caption: 'Our cat' },
    });
    for (const message of messages) expect(issuesOf(outgoingMessageSchema, message)).toEqual([]);
  });

  it('media builders copy the media object instead of sharing it', () => {
    const image = { id: '1' };
    const message = imageMessage(to, image);
    expect(message.image).not.toBe(image);
    expect(message.image).toStrictEqual(image);
  });

  it('locationMessage and contactsMessage build valid messages', () => {
    const location = locationMessage(to, {
      latitude: 52.52,
      longitude: '13.405',
      name: 'Office',
      address: 'Berlin',
    });
    expect(location).toStrictEqual({
      to,
      type: 'location',
      location: { latitude: 52.52, longitude: '13.405', name: 'Office', address: 'Berlin' },
    });
    const card = {
      name: { formatted_name: 'Ana Lima', first_name: 'Ana' },
      phones: [{ phone: '+55 11 5555 0100', type: 'WORK' }],
    };
    const one = contactsMessage(to, card);
    const two = contactsMessage(to, [card, card]);
    expect(one.contacts).toStrictEqual([card]);
    expect(two.contacts).toHaveLength(2);
    for (const message of [location, one, two]) expect(issuesOf(outgoingMessageSchema, message)).toEqual([]);
  });

  it('reactionMessage builds a reaction and its removal', () => {
    expect(reactionMessage(to, 'wamid.A', '👍')).toStrictEqual({
      to,
      type: 'reaction',
      reaction: { message_id: 'wamid.A', emoji: '👍' },
    });
    expect(toCloudSendRequest(reactionMessage(to, 'wamid.A', ''))).toStrictEqual({
      messaging_product: 'whatsapp',
      to,
      type: 'reaction',
      reaction: { message_id: 'wamid.A', emoji: '' },
    });
  });

  it('builders do not validate: a bad value surfaces when the message is converted', () => {
    const message = textMessage(to, 'x'.repeat(5000));
    expect(message.text.body).toHaveLength(5000);
    expect(() => toCloudSendRequest(message)).toThrow('[R-TEXT-2]');
  });
});
