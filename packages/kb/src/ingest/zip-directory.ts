/**
 * The central directory of a zip archive, read from the bytes (APPNOTE.TXT 4.3.12-4.3.16,
 * ZIP64 4.3.14-4.3.15, 4.5.3). fflate's listing gives names and sizes but not the
 * "version made by" host or the external attributes, where a Unix symlink is marked,
 * so the guard reads the records itself (ADR 0260). Nothing here inflates anything.
 */
export interface ZipEntry {
  name: string;
  /** Compressed size, as declared. */
  size: number;
  /** Uncompressed size, as declared (may lie: the guard counts while inflating too). */
  originalSize: number;
  /** A Unix (or macOS) entry whose mode says symbolic link. */
  symlink: boolean;
}

/** The directory cannot be read: damaged, truncated or not a zip archive. */
export class ZipDirectoryError extends Error {}

const END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const HEADER = 0x02014b50;
/** Hosts whose external attributes carry a Unix mode in their high 16 bits. */
const unixHosts = new Set([3, 19]);
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const UTF8_FLAG = 0x800;
const MAX32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const fail = (why: string): never => {
    throw new ZipDirectoryError(why);
  };
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) fail('no end of central directory record');
  let count = u16(end + 10);
  let length = u32(end + 12);
  let offset = u32(end + 16);
  if (count === 0xffff || length === MAX32 || offset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) fail('no ZIP64 locator');
    const zip64 = u64(locator + 8);
    if (zip64 + 56 > bytes.length || u32(zip64) !== ZIP64_END) fail('no ZIP64 end record');
    count = u64(zip64 + 32);
    length = u64(zip64 + 40);
    offset = u64(zip64 + 48);
  }
  const stop = offset + length;
  if (stop > bytes.length) fail('the central directory runs past the end of the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > stop || u32(at) !== HEADER) fail(`central directory record ${i} is damaged`);
    const host = u16(at + 4) >> 8;
    const flags = u16(at + 8);
    let size = u32(at + 20);
    let originalSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const external = u32(at + 38);
    const nameAt = at + 46;
    const extraAt = nameAt + nameLength;
    const next = extraAt + extraLength + commentLength;
    if (next > stop) fail(`central directory record ${i} runs past the directory`);
    const raw = bytes.subarray(nameAt, extraAt);
    const name =
      flags & UTF8_FLAG
        ? new TextDecoder().decode(raw)
        : Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString('latin1');
    // ZIP64 sizes: the extra field 0x0001 holds the 8-byte values of the fields set to
    // 0xFFFFFFFF, uncompressed first.
    if (size === MAX32 || originalSize === MAX32) {
      const sizes = zip64Sizes(view, extraAt, extraAt + extraLength);
      if (!sizes) fail(`central directory record ${i} lacks its ZIP64 sizes`);
      let field = 0;
      if (originalSize === MAX32) originalSize = sizes![field++] ?? fail('short ZIP64 sizes');
      if (size === MAX32) size = sizes![field] ?? fail('short ZIP64 sizes');
    }
    const symlink = unixHosts.has(host) && ((external >>> 16) & S_IFMT) === S_IFLNK;
    entries.push({ name, size, originalSize, symlink });
    at = next;
  }
  return entries;
}

/** The 8-byte values of a ZIP64 extended-information extra field, if there is one. */
function zip64Sizes(view: DataView, from: number, to: number): number[] | undefined {
  for (let at = from; at + 4 <= to; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > to) return undefined;
    if (id === 0x0001) {
      const values: number[] = [];
      for (let v = at + 4; v + 8 <= at + 4 + length; v += 8) {
        values.push(Number(view.getBigUint64(v, true)));
      }
      return values;
    }
    at += 4 + length;
  }
  return undefined;
}
