import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createDemoImage } from './demo-image.ts';

describe('createDemoImage', () => {
  it('draws a valid PNG the sandbox accepts as image/png (signature, IHDR size, inflatable data)', () => {
    const png = Buffer.from(createDemoImage(32, 16));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(32);
    expect(png.readUInt32BE(20)).toBe(16);
    const dataLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + dataLength)).length).toBe(16 * (1 + 32 * 3));
  });
});
