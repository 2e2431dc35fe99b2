import { crc32, deflateSync } from 'node:zlib';

/** A colour as red, green and blue bytes. */
export type Rgb = readonly [number, number, number];

/**
 * A real PNG of `width`×`height` (8-bit RGB, no filter) whose pixels `paint` gives: for
 * tests that send images through byte checks (magic bytes, decoders) and screenshots that
 * should show a picture. Built here so test kits need no image library.
 */
export function testPng(
  width: number,
  height: number,
  paint: (x: number, y: number) => Rgb,
): Buffer {
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set(paint(x, y), y * row + 1 + x * 3);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
