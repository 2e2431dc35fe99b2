/**
 * A runner-agnostic test: `run` throws (node:assert) when the implementation fails.
 * Wire them into any runner: `for (const c of cases) it(c.name, c.run)`.
 */
export interface ConformanceCase {
  name: string;
  run(): Promise<void>;
}
