// Child-process helpers for the release scripts: output captured and shown only on failure.
import { spawn } from 'node:child_process';

/**
 * Runs a command to completion. Rejects with its output when it fails or outlives
 * `timeoutMs`; resolves to { output, seconds } otherwise.
 */
export function run(
  cmd,
  args,
  { cwd, env, timeoutMs = 600_000, label = `${cmd} ${args.join(' ')}` } = {},
) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      if (code === 0) resolve({ output, seconds });
      else {
        const why =
          signal === 'SIGKILL' ? `timed out after ${timeoutMs / 1000}s` : `exit ${code ?? signal}`;
        reject(new Error(`${label}: ${why}\n${output.trim()}`));
      }
    });
  });
}

/**
 * Starts a long-running program (a server) and resolves once its output matches `ready`
 * (default: a first complete line) and it is still alive `graceMs` later; then stops it
 * and its children. Rejects if it exits first.
 */
export function runUntilReady(
  cmd,
  args,
  { cwd, env, timeoutMs = 60_000, graceMs = 500, label, ready = /\n/ } = {},
) {
  return new Promise((resolve, reject) => {
    // Its own process group, so stopping `npm start` also stops the server npm started.
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let settled = false;
    let waiting = false;
    const finish = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      if (error) reject(error);
      else resolve({ output });
    };
    const timer = setTimeout(
      () => finish(new Error(`${label}: printed nothing within ${timeoutMs / 1000}s\n${output}`)),
      timeoutMs,
    );
    child.stdout.on('data', (d) => {
      output += d;
      if (!waiting && ready.test(output)) {
        waiting = true;
        setTimeout(() => finish(), graceMs);
      }
    });
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => finish(error));
    child.on('close', (code) =>
      finish(new Error(`${label}: exited (${code}) before it was ready\n${output.trim()}`)),
    );
  });
}

/** Runs async tasks with at most `limit` in flight; resolves to their results in order. */
export async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
