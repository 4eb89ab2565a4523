import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/validation-error.ts';
import { safeValidate } from '../../validation/validate.ts';
import { inboundMessageSchema, knownInboundMessageTypes } from './inbound-message.ts';

const base = { from: '16505551234', id: 'wamid.A', timestamp: '1763769601' };

function pathsOf(input: unknown): string[] {
  const result = safeValidate(inboundMessageSchema, input, 'inbound message');
  expect(result.success).toBe(false);
  if (result.success) return [];
  expect(result.error).toBeInstanceOf(ValidationError);
  return result.error.issues.map((issue) => issue.path);
}

describe('inbound message', () => {
  it('R-WH-3 accepts id, timestamp string, type and its payload, with the reply context', () => {
    const message = {
      ...base,
      context: { from: '15550783881', id: 'wamid.B' },
      type: 'text',
      text: { body: 'hi' },
    };
    expect(inboundMessageSchema.parse(message)).toEqual(message);
  });

  it.each([
    ['no id', { timestamp: '1', type: 'text', text: { body: 'x' } }, ['$.id']],
    [
      'a numeric timestamp',
      { ...base, timestamp: 1763769601, type: 'text', text: { body: 'x' } },
      ['$.timestamp'],
    ],
    ['no type', { ...base, text: { body: 'x' } }, ['$.type']],
    ['a numeric type', { ...base, type: 7 }, ['$.type']],
    ['a text payload without body', { ...base, type: 'text', text: {} }, ['$.text.body']],
    ['a type without its payload', { ...base, type: 'image' }, ['$.image']],
    [
      'a context that is not an object',
      { ...base, type: 'text', text: { body: 'x' }, context: 'wamid.B' },
      ['$.context'],
    ],
  ])('R-WH-3 rejects a message with %s', (_label, input, paths) => {
    expect(pathsOf(input)).toEqual(paths);
  });

  it('R-WH-3 still parses a message whose sender number is withheld', () => {
    const { from: _from, ...withoutFrom } = base;
    expect(
      inboundMessageSchema.safeParse({ ...withoutFrom, type: 'text', text: { body: 'x' } }).success,
    ).toBe(true);
  });

  it.each([
    [
      'with name and address',
      { latitude: 37.421996751527, longitude: -122.08407156636, name: 'N', address: 'A' },
    ],
    ['without name and address', { latitude: 40.782910059774, longitude: -73.959075808525 }],
    ['at the extremes', { latitude: -90, longitude: 180 }],
  ])('R-WH-4 R-WH-5 accepts a location %s', (_label, location) => {
    expect(inboundMessageSchema.safeParse({ ...base, type: 'location', location }).success).toBe(true);
  });

  it.each([
    ['a string latitude', { latitude: '37.4', longitude: -122.1 }, ['$.location.latitude']],
    ['a string longitude', { latitude: 37.4, longitude: '-122.1' }, ['$.location.longitude']],
    ['no coordinates', { name: 'Museum' }, ['$.location.latitude', '$.location.longitude']],
  ])('R-WH-4 rejects a location with %s', (_label, location, paths) => {
    expect(pathsOf({ ...base, type: 'location', location })).toEqual(paths);
  });

  it('R-WH-5 rejects a non-string name', () => {
    expect(pathsOf({ ...base, type: 'location', location: { latitude: 1, longitude: 2, name: 3 } })).toEqual([
      '$.location.name',
    ]);
  });

  it.each([
    ['button_reply', { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } }],
    ['list_reply', { type: 'list_reply', list_reply: { id: 'row-1', title: 'Row', description: 'D' } }],
    ['nfm_reply', { type: 'nfm_reply', nfm_reply: { response_json: '{}', name: 'flow', body: 'Sent' } }],
  ])('R-WH-6 accepts an interactive %s', (_label, interactive) => {
    expect(inboundMessageSchema.parse({ ...base, type: 'interactive', interactive })).toMatchObject({
      interactive,
    });
  });

  it.each([
    [
      'button_reply without id',
      { type: 'button_reply', button_reply: { title: 'Yes' } },
      ['$.interactive.button_reply.id'],
    ],
    [
      'list_reply without title',
      { type: 'list_reply', list_reply: { id: 'r' } },
      ['$.interactive.list_reply.title'],
    ],
    [
      'nfm_reply without response_json',
      { type: 'nfm_reply', nfm_reply: {} },
      ['$.interactive.nfm_reply.response_json'],
    ],
    ['no type', { button_reply: { id: 'a', title: 'b' } }, ['$.interactive.type']],
  ])('R-WH-6 rejects an interactive %s', (_label, interactive, paths) => {
    expect(pathsOf({ ...base, type: 'interactive', interactive })).toEqual(paths);
  });

  it('R-WH-6 keeps an interactive reply of a newer kind as unknown, with the original', () => {
    const interactive = { type: 'call_permission_reply', call_permission_reply: { response: 'accept' } };
    const parsed = inboundMessageSchema.parse({ ...base, type: 'interactive', interactive });
    expect(parsed.type === 'interactive' && parsed.interactive).toMatchObject({
      type: 'unknown',
      raw: interactive,
    });
  });

  it.each([
    ['animated', { id: 's1', mime_type: 'image/webp', sha256: 'h', animated: true }],
    ['static', { id: 's2', mime_type: 'image/webp', sha256: 'h', animated: false }],
    ['without the animated flag', { id: 's3', mime_type: 'image/webp' }],
  ])('R-STK-2 accepts an inbound %s sticker', (_label, sticker) => {
    expect(inboundMessageSchema.safeParse({ ...base, type: 'sticker', sticker }).success).toBe(true);
  });

  it('R-STK-2 rejects a sticker without media id', () => {
    expect(pathsOf({ ...base, type: 'sticker', sticker: { mime_type: 'image/webp' } })).toEqual([
      '$.sticker.id',
    ]);
  });

  it('R-WH-3 keeps the voice flag of an audio message', () => {
    const parsed = inboundMessageSchema.parse({
      ...base,
      type: 'audio',
      audio: { id: 'a', mime_type: 'audio/ogg', voice: true },
    });
    expect(parsed.type === 'audio' && parsed.audio.voice).toBe(true);
  });

  it('R-WH-3 passes unknown keys through at every level', () => {
    const message = {
      ...base,
      from_user_id: 'US.13491208655302741918',
      type: 'image',
      image: { id: 'i', mime_type: 'image/jpeg', url: 'https://example.com/i', static_url: 'x' },
      context: { from: '1', id: 'wamid.C', extra: true },
    };
    expect(inboundMessageSchema.parse(message)).toEqual(message);
  });

  it.each(['poll', 'hologram', 'unknown', 'request_welcome'])(
    'R-WH-3 parses a message of unknown type %s as unknown, carrying the original',
    (type) => {
      const message = { ...base, type, [type]: { question: 'Which one?' } };
      const parsed = inboundMessageSchema.parse(message);
      expect(parsed.type).toBe('unknown');
      if (parsed.type === 'unknown') {
        expect(parsed.raw).toEqual(message);
        expect([parsed.id, parsed.from, parsed.timestamp]).toEqual([base.id, base.from, base.timestamp]);
      }
    },
  );

  it('R-WH-3 rejects an unknown type without id', () => {
    expect(pathsOf({ timestamp: '1', type: 'poll' })).toEqual(['$.id']);
  });

  it('R-WH-3 does not treat a known type without its payload as unknown', () => {
    // `unsupported` and `interactive` (see below) are the known types whose payload is optional.
    const optional = new Set(['unsupported', 'interactive']);
    for (const type of [...knownInboundMessageTypes].filter((known) => !optional.has(known))) {
      const parsed = inboundMessageSchema.safeParse({ ...base, type });
      expect(parsed.success, type).toBe(false);
    }
  });

  it('R-WH-6 accepts an interactive message without its reply (pywa capture, after WhatsApp Web reconnects)', () => {
    // The change carries a value-level error 131000 beside it; the message itself is kept.
    const message = {
      context: { from: '15550001111', id: 'wamid.CONTEXT' },
      from: '16505551234',
      id: 'wamid.NOREPLY',
      timestamp: '1700505494',
      type: 'interactive',
    };
    const parsed = inboundMessageSchema.parse(message);
    expect(parsed).toEqual(message);
    expect(parsed.type === 'interactive' && parsed.interactive).toBeUndefined();
  });

  it('R-WH-6 still rejects an interactive reply of a known kind with a broken shape', () => {
    expect(pathsOf({ ...base, type: 'interactive', interactive: { type: 'button_reply' } })).toEqual([
      '$.interactive.button_reply',
    ]);
  });

  it.each([
    ['null (On-Premises, no payload set)', null],
    ['a string', 'Yes-Button-Payload'],
    ['absent', undefined],
  ])('R-WH-3 accepts a template button reply whose payload is %s', (_label, payload) => {
    const parsed = inboundMessageSchema.parse({ ...base, type: 'button', button: { text: 'Yes', payload } });
    expect(parsed.type === 'button' && parsed.button.payload).toBe(payload);
  });

  it('R-WH-3 reads an On-Premises voice message as a voice audio message', () => {
    const voice = {
      file: '/usr/local/wamedia/shared/463e/b7ec/ff4e4d9bb1101879cbd411b2',
      id: '463eb7ec-ff4e-4d9b-b110-1879cbd411b2',
      mime_type: 'audio/ogg; codecs=opus',
      sha256: 'fa9e1807d936b7cebe63654ea3a7912b1fa9479220258d823590521ef53b0710',
    };
    const parsed = inboundMessageSchema.parse({ ...base, type: 'voice', voice });
    expect(parsed.type).toBe('audio');
    expect(parsed.type === 'audio' && parsed.audio).toEqual({ ...voice, voice: true });
    expect(parsed).not.toHaveProperty('voice');
  });

  it('R-WH-3 leaves a voice message without a voice object to the unknown fallback', () => {
    const parsed = inboundMessageSchema.parse({ ...base, type: 'voice' });
    expect(parsed.type === 'unknown' && parsed.raw.type).toBe('voice');
  });
});
