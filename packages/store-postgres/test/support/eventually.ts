/**
 * Re-checks `probe` until it returns true: for waiting on other processes' database
 * writes, which send no event this process could await. Gives up after `timeoutMs`.
 */
export async function eventually(
  probe: () => Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
