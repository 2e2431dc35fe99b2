import { readFile } from 'node:fs/promises';
import { ParleyError } from '@parley/core';
import { loadFile } from '../../loaders/load-file.js';
import type { ParseReply, ParseRequest } from './protocol.js';
import { UNITS_PER_MESSAGE } from './protocol.js';

// The parser process of the parse sandbox (P-36): runs the ordinary loaders, one job at
// a time, and sends progress, the loaded units in batches, or a flattened error back.
// It lives in its own process so that reaching its heap cap kills it alone.
const send = (reply: ParseReply) =>
  new Promise<void>((resolve, reject) =>
    process.send!(reply, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );

async function run(job: ParseRequest): Promise<void> {
  try {
    const bytes = new Uint8Array(await readFile(job.path));
    const data = job.text ? new TextDecoder().decode(bytes) : bytes;
    const loaded = await loadFile(
      { name: job.name, data, ...(job.fileType !== undefined && { type: job.fileType }) },
      job.as,
      {
        file: job.label,
        limits: job.limits,
        progress: (done, total) => void send({ type: 'progress', done, total }),
      },
    );
    for (let i = 0; i < loaded.units.length; i += UNITS_PER_MESSAGE) {
      await send({ type: 'units', units: loaded.units.slice(i, i + UNITS_PER_MESSAGE) });
    }
    await send({ type: 'done', format: loaded.format });
  } catch (e) {
    const error = e as Error;
    await send({
      type: 'failed',
      error: ParleyError.isInstance(error)
        ? { code: error.code, message: error.message, details: error.details }
        : { message: error?.message ?? String(e) },
    });
  }
}

process.on('message', (job: ParseRequest) => void run(job));
// pdf.js leaves some of its own promises rejected when a damaged file fails to load (a
// bad cross-reference entry, seen in the loader fuzz): nobody can await them, and the
// job's own calls settle with the real error. Node's default would kill this process and
// turn a clear FILE_INVALID into a crash, so they are noted and the job goes on.
process.on('unhandledRejection', (reason) => {
  const error = reason as { name?: string; message?: string } | undefined;
  process.stderr.write(`parse: ignored a stray rejection (${error?.name}: ${error?.message})\n`);
});
// The host went away (or closed the pool): nothing is left to parse for.
process.on('disconnect', () => process.exit(0));
