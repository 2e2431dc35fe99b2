import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A real child process running a TypeScript file from test/process (through tsx). */
export interface Child {
  readonly process: ChildProcess;
  /** Everything it printed, for failure messages. */
  output(): string;
  /** The next IPC message it sends (or its exit, as an error). */
  next<T = unknown>(): Promise<T>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  exited: Promise<number | null>;
}

export function startChild(script: string, env: Record<string, string>): Child {
  const file = fileURLToPath(new URL(`../process/${script}`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@parley/source', file], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const inbox: unknown[] = [];
  const waiting: Array<{ resolve(v: unknown): void; reject(e: Error): void }> = [];
  child.on('message', (m) => {
    const w = waiting.shift();
    if (w) w.resolve(m);
    else inbox.push(m);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      for (const w of waiting.splice(0))
        w.reject(new Error(`${script} exited (${code}) before reporting:\n${out}`));
      resolve(code);
    }),
  );
  return {
    process: child,
    output: () => out,
    exited,
    next<T>() {
      if (inbox.length > 0) return Promise.resolve(inbox.shift() as T);
      if (child.exitCode !== null || child.signalCode !== null)
        return Promise.reject(new Error(`${script} already exited:\n${out}`));
      return new Promise<T>((resolve, reject) =>
        waiting.push({ resolve: resolve as (v: unknown) => void, reject }),
      );
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
