/**
 * Yields to I/O until `condition` holds — for waiting on a database round trip, never on
 * time. Fails after `rounds` turns of the event loop so a broken test cannot hang.
 */
export async function until(condition: () => boolean, rounds = 20_000): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (condition()) return;
    await new Promise<void>((r) => setImmediate(r));
  }
  throw new Error('condition never held');
}
