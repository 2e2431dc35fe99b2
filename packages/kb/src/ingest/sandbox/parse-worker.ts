import { parentPort } from 'node:worker_threads';
import { ParleyError } from '@parley/core';
import { loadFile } from '../../loaders/load-file.js';
import type { ParseJob, ParseReply } from './protocol.js';

// The worker side of the parse sandbox (P-36): runs the ordinary loaders, one job at a
// time, and posts progress, the loaded units or a flattened error back.
const port = parentPort!;
port.on('message', async (job: ParseJob) => {
  const post = (reply: ParseReply) => port.postMessage(reply);
  try {
    const loaded = await loadFile(job.file, job.as, {
      file: job.label,
      limits: job.limits,
      progress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', loaded });
  } catch (e) {
    const error = e as Error;
    post({
      type: 'failed',
      error: ParleyError.isInstance(error)
        ? { code: error.code, message: error.message, details: error.details }
        : { message: error?.message ?? String(e) },
    });
  }
});
