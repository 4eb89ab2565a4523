import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

/**
 * Draws the demo's "menu card" picture as a PNG (a coffee cup on a warm gradient), so the media demo
 * needs no file on disk and no network: the bot uploads these bytes and sends the returned media ID.
 */
export function createDemoImage(width = 320, height = 180): Uint8Array {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const t = (x + y) / (width + height);
      let [r, g, b] = [Math.round(255 - 60 * t), Math.round(214 - 90 * t), Math.round(170 - 100 * t)];
      // The cup: a rounded body, a handle and the saucer.
      const cx = width / 2;
      const inCup =
        y > height * 0.35 &&
        y < height * 0.75 &&
        Math.abs(x - cx) < width * 0.16 * (1 - (y - height * 0.35) / (height * 1.4));
      const handle =
        Math.hypot(x - (cx + width * 0.17), y - height * 0.5) < height * 0.09 &&
        Math.hypot(x - (cx + width * 0.17), y - height * 0.5) > height * 0.05;
      const saucer = Math.abs(y - height * 0.78) < height * 0.025 && Math.abs(x - cx) < width * 0.24;
      const steam = y > height * 0.12 && y < height * 0.3 && Math.abs(x - cx - 8 * Math.sin(y / 6)) < 2;
      if (inCup || handle || saucer) [r, g, b] = [255, 255, 255];
      if (inCup && y < height * 0.42) [r, g, b] = [111, 78, 55];
      if (steam) [r, g, b] = [255, 246, 235];
      row[1 + x * 3] = r;
      row[2 + x * 3] = g;
      row[3 + x * 3] = b;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
