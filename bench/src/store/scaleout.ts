// store.scaleout.cpu_efficiency: turns per CPU-second of three desk processes sharing one
// Postgres server, over the same figure for one process alone. On a small machine the
// processes share cores, so raw throughput cannot show scaling; CPU per turn shows what
// coordination (locks, leases, shared jobs) costs.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPostgresStore } from '@parley/store-postgres';
import { percentile } from '../report.js';

interface ChildResult {
  name: string;
  turns: number;
  cpuMs: number;
  wallMs: number;
  problems: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

async function runProcesses(
  url: string,
  schema: string,
  names: string[],
  turns: number,
  customers: number,
): Promise<ChildResult[]> {
  const children = names.map((name) =>
    fork(join(here, 'scale-child.ts'), [], {
      execArgv: ['--import', 'tsx', '--conditions=@parley/source'],
      env: {
        ...process.env,
        SCALE_NAME: name,
        SCALE_TURNS: String(turns),
        SCALE_CUSTOMERS: String(customers),
        SCALE_DATABASE_URL: url,
        SCALE_SCHEMA: schema,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const ready = children.map(
    (child) =>
      new Promise<void>((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('exit', (code) => reject(new Error(`scale child exited early (${code})`)));
      }),
  );
  await Promise.all(ready);
  const results = children.map(
    (child) =>
      new Promise<ChildResult>((resolve, reject) => {
        child.once('message', (m) => resolve(m as ChildResult));
        child.once('exit', (code) => reject(new Error(`scale child exited (${code})`)));
      }),
  );
  for (const child of children) child.send('start');
  return Promise.all(results);
}

/**
 * Runs one process, then three at once, `rounds` times in turn (one sample of each swung by
 * a tenth between runs on a shared machine), and gives the medians; throws when a turn was
 * lost, repeated or reordered.
 */
export async function scaleout(url: string, turns: number, customers: number, rounds = 3) {
  const schema = `bench_scale_${randomBytes(4).toString('hex')}`;
  const admin = await createPostgresStore({ connectionString: url, schema });
  try {
    const perCpuSecond = (rs: ChildResult[]) =>
      rs.reduce((n, r) => n + r.turns, 0) / (rs.reduce((n, r) => n + r.cpuMs, 0) / 1000);
    const ones: number[] = [];
    const threes: number[] = [];
    const walls: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Names of their own each round: new channels and customers, the same work.
      const one = await runProcesses(url, schema, [`solo${round}`], turns, customers);
      const three = await runProcesses(
        url,
        schema,
        ['p1', 'p2', 'p3'].map((p) => `${p}r${round}`),
        turns,
        customers,
      );
      const problems = [...one, ...three].flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`));
      if (problems.length > 0) {
        throw new Error(`scale-out: turns lost, repeated or out of order:\n${problems.join('\n')}`);
      }
      ones.push(perCpuSecond(one));
      threes.push(perCpuSecond(three));
      walls.push(
        three.reduce((n, r) => n + r.turns, 0) / (Math.max(...three.map((r) => r.wallMs)) / 1000),
      );
    }
    return {
      one: percentile(ones, 50),
      three: percentile(threes, 50),
      threeWallTurnsPerSecond: percentile(walls, 50),
    };
  } finally {
    await admin.database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.close();
  }
}
