import { describe, expect, it } from 'vitest';
import { checkMediaUpload, isAnimatedWebp } from './check-media-upload.ts';

/** The first bytes of a WebP file with an extended header; `animated` sets the animation flag. */
function webp(size: number, animated: boolean): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8X'), 0);
  bytes[20] = animated ? 0x02 : 0x00;
  return bytes;
}

describe('checkMediaUpload', () => {
  it.each([
    ['audio/ogg; codecs=opus', 'audio', 'audio/ogg'],
    ['AUDIO/MPEG', 'audio', 'audio/mpeg'],
    ['video/3gpp', 'video', 'video/3gpp'],
    [
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['image/png', 'image', 'image/png'],
  ])('R-MEDIA-7 accepts %s', async (mimeType, category, normalized) => {
    await expect(checkMediaUpload({ data: new Uint8Array(10), mimeType })).resolves.toStrictEqual({
      category,
      mimeType: normalized,
      size: 10,
    });
  });

  it.each(['image/gif', 'video/quicktime', 'audio/wav', 'application/zip', ''])(
    'R-MEDIA-7 refuses %j',
    async (mimeType) => {
      await expect(checkMediaUpload({ data: new Uint8Array(10), mimeType })).rejects.toMatchObject({
        issues: [{ path: '$.mimeType', rule: 'R-MEDIA-7' }],
      });
    },
  );

  it('R-STK-3 limits static stickers to 100 KB', async () => {
    await expect(
      checkMediaUpload({ data: webp(100 * 1024, false), mimeType: 'image/webp' }),
    ).resolves.toMatchObject({
      category: 'sticker',
    });
    await expect(
      checkMediaUpload({ data: webp(100 * 1024 + 1, false), mimeType: 'image/webp' }),
    ).rejects.toMatchObject({
      issues: [{ rule: 'R-STK-3', limit: 102_400 }],
    });
  });

  it('R-STK-4 allows animated stickers up to 500 KB', async () => {
    const animated = new Blob([webp(300 * 1024, true) as Uint8Array<ArrayBuffer>]);
    await expect(checkMediaUpload({ data: animated, mimeType: 'image/webp' })).resolves.toMatchObject({
      category: 'animatedSticker',
    });
    await expect(
      checkMediaUpload({ data: webp(500 * 1024 + 1, true), mimeType: 'image/webp' }),
    ).rejects.toMatchObject({
      issues: [{ rule: 'R-STK-4', limit: 512_000 }],
    });
  });

  it('refuses an empty file', async () => {
    await expect(checkMediaUpload({ data: new Uint8Array(0), mimeType: 'image/png' })).rejects.toMatchObject({
      issues: [{ path: '$.data', message: 'is empty' }],
    });
  });

  it('tells animated from static WebP', () => {
    expect(isAnimatedWebp(webp(32, true))).toBe(true);
    expect(isAnimatedWebp(webp(32, false))).toBe(false);
    expect(isAnimatedWebp(new Uint8Array(4))).toBe(false);
  });
});
