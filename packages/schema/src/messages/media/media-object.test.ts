import { describe, expect, it } from 'vitest';
import { issuesOf, rulesOf } from '../__fixtures__/issues-of.ts';
import {
  MAX_CAPTION_LENGTH,
  type MediaKind,
  mediaKinds,
  mediaObjectFor,
  mediaObjectSchema,
} from './media-object.ts';

const link = 'https://example.com/file.bin';
const emoji1024 = '😀'.repeat(1024);
const dialects = ['cloud', 'onprem', 'neutral'] as const;
const everyKindAndDialect = mediaKinds.flatMap((kind) => dialects.map((dialect) => [kind, dialect] as const));

describe('media object', () => {
  it.each(everyKindAndDialect)('R-MEDIA-1 accepts an uploaded id alone (%s, %s)', (kind, dialect) => {
    expect(issuesOf(mediaObjectFor(kind, dialect), { id: '1234567890' })).toEqual([]);
  });

  it.each(everyKindAndDialect)('R-MEDIA-2 accepts a link alone (%s, %s)', (kind, dialect) => {
    expect(issuesOf(mediaObjectFor(kind, dialect), { link })).toEqual([]);
  });

  it.each(everyKindAndDialect)(
    'R-MEDIA-1/R-MEDIA-2 reject a media object with neither id nor link (%s, %s)',
    (kind, dialect) => {
      expect(rulesOf(mediaObjectFor(kind, dialect), {})).toEqual(['$ [R-MEDIA-1]']);
    },
  );

  it.each(everyKindAndDialect)('R-MEDIA-3 rejects id and link together (%s, %s)', (kind, dialect) => {
    expect(rulesOf(mediaObjectFor(kind, dialect), { id: '1', link })).toEqual(['$ [R-MEDIA-3]']);
  });

  it('R-MEDIA-1 rejects an empty id', () => {
    expect(rulesOf(mediaObjectSchema, { id: '' })).toEqual(['$.id [R-MEDIA-1]']);
  });

  it.each([
    ['http://example.com/a.jpg', true],
    ['https://cdn.example.com:8443/a/b.pdf?sig=1#x', true],
    ['HTTPS://EXAMPLE.COM/A.JPG', true],
    ['ftp://example.com/a.jpg', false],
    ['example.com/a.jpg', false],
    ['https://', false],
    ['https://exa mple.com/a.jpg', false],
    ['the-provider-name/https://the-url', false],
  ])('R-MEDIA-5 link %s accepted: %s', (value, accepted) => {
    expect(rulesOf(mediaObjectSchema, { link: value })).toEqual(accepted ? [] : ['$.link [R-MEDIA-5]']);
  });

  it.each(['image', 'video', 'document'] as const)(
    'R-MEDIA-10 accepts a %s caption of exactly 1024 emoji (code points)',
    (kind) => {
      expect(issuesOf(mediaObjectFor(kind, 'cloud'), { id: '1', caption: emoji1024 })).toEqual([]);
    },
  );

  it.each(['image', 'video'] as const)('R-MEDIA-10 rejects a %s caption of 1025 characters', (kind) => {
    expect(issuesOf(mediaObjectFor(kind, 'onprem'), { id: '1', caption: `${emoji1024}a` })).toEqual([
      {
        path: '$.caption',
        rule: 'R-MEDIA-10',
        limit: MAX_CAPTION_LENGTH,
        message: 'is 1025 characters long; at most 1024 are allowed',
      },
    ]);
  });

  it.each(dialects)('R-MEDIA-9 rejects a caption on audio (%s)', (dialect) => {
    expect(rulesOf(mediaObjectFor('audio', dialect), { id: '1', caption: 'x' })).toEqual([
      '$.caption [R-MEDIA-9]',
    ]);
  });

  it.each(dialects)('R-STK-1 rejects a caption on a sticker (%s)', (dialect) => {
    expect(rulesOf(mediaObjectFor('sticker', dialect), { id: '1', caption: 'x' })).toEqual([
      '$.caption [R-STK-1]',
    ]);
  });

  it('R-STK-1 accepts a sticker without caption', () => {
    expect(issuesOf(mediaObjectFor('sticker', 'onprem'), { link: 'https://example.com/s.webp' })).toEqual([]);
  });

  it('R-MEDIA-11 rejects a document caption on the On-Premises API only', () => {
    expect(rulesOf(mediaObjectFor('document', 'onprem'), { id: '1', caption: 'x' })).toEqual([
      '$.caption [R-MEDIA-11]',
    ]);
    expect(issuesOf(mediaObjectFor('document', 'cloud'), { id: '1', caption: 'x' })).toEqual([]);
    expect(issuesOf(mediaObjectFor('document', 'neutral'), { id: '1', caption: 'x' })).toEqual([]);
  });

  it.each(dialects)('R-MEDIA-12 accepts a filename on a document (%s)', (dialect) => {
    expect(issuesOf(mediaObjectFor('document', dialect), { id: '1', filename: 'invoice.pdf' })).toEqual([]);
  });

  it.each(['image', 'video', 'audio', 'sticker'] satisfies MediaKind[])(
    'R-MEDIA-12 rejects a filename on %s media',
    (kind) => {
      expect(rulesOf(mediaObjectFor(kind, 'neutral'), { id: '1', filename: 'a.bin' })).toEqual([
        '$.filename [R-MEDIA-12]',
      ]);
    },
  );

  it.each(mediaKinds)('R-MEDIA-13 accepts a provider with a link on the On-Premises API (%s)', (kind) => {
    expect(issuesOf(mediaObjectFor(kind, 'onprem'), { link, provider: { name: 'my-provider' } })).toEqual([]);
  });

  it.each(mediaKinds)('R-MEDIA-13 rejects a provider on the Cloud API (%s)', (kind) => {
    expect(rulesOf(mediaObjectFor(kind, 'cloud'), { link, provider: { name: 'my-provider' } })).toEqual([
      '$.provider [R-MEDIA-13]',
    ]);
  });

  it('R-MEDIA-13 rejects a provider without a link', () => {
    expect(rulesOf(mediaObjectFor('image', 'onprem'), { id: '1', provider: { name: 'p' } })).toEqual([
      '$.provider [R-MEDIA-13]',
    ]);
  });

  it('R-MEDIA-13 rejects a provider given as a string (it is an object, C-10)', () => {
    expect(issuesOf(mediaObjectSchema, { link, provider: 'p' })).toEqual([
      { path: '$.provider', message: expect.any(String), rule: undefined, limit: undefined },
    ]);
  });

  it('accepts the voice flag on Cloud audio and rejects it on On-Premises audio', () => {
    expect(issuesOf(mediaObjectFor('audio', 'cloud'), { id: '1', voice: true })).toEqual([]);
    expect(issuesOf(mediaObjectFor('audio', 'onprem'), { id: '1', voice: true })).toEqual([
      {
        path: '$.voice',
        message: 'only the Cloud API supports voice messages',
        rule: undefined,
        limit: undefined,
      },
    ]);
  });

  it('reports an unknown key by name', () => {
    expect(issuesOf(mediaObjectSchema, { id: '1', Caption: 'x' })).toEqual([
      { path: '$.Caption', message: 'is not a known field here; did you mean "caption"?' },
    ]);
  });

  it('lists every problem at once', () => {
    expect(
      rulesOf(mediaObjectFor('audio', 'cloud'), {
        id: '1',
        link: 'ftp://x',
        caption: 'c',
        provider: { name: 'p' },
      }),
    ).toEqual(['$.link [R-MEDIA-5]', '$.caption [R-MEDIA-9]', '$.provider [R-MEDIA-13]', '$ [R-MEDIA-3]']);
  });
});
