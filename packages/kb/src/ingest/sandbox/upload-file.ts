import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: Promise<string> | undefined;
let counter = 0;

/** Characters per write of a text upload: each is encoded in a short slice of the loop. */
const TEXT_SLICE = 1024 * 1024;

/**
 * Writes an upload to a file only this user can read, in a directory of its own, for
 * the parser process to read. Bytes are written from the caller's buffer by the thread
 * pool (no copy on the event loop); text is encoded a slice at a time. Measured against
 * sending the file over IPC in 1 MiB messages: decision 0230.
 */
export async function writeUpload(data: Uint8Array | string): Promise<string> {
  dir ??= mkdtemp(join(tmpdir(), 'parley-kb-'));
  const path = join(await dir, `upload-${process.pid}-${++counter}`);
  await writeFile(path, typeof data === 'string' ? slices(data) : data, { mode: 0o600 });
  return path;
}

function* slices(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += TEXT_SLICE) yield text.slice(at, at + TEXT_SLICE);
}

export async function removeUpload(path: string): Promise<void> {
  await rm(path, { force: true });
}
