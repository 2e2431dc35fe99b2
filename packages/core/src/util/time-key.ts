// Keys written in the same millisecond keep their order within this process.
let sequence = 0;

/**
 * A key prefix that sorts by time, for key-value lists read oldest first (team queues,
 * survey answers): zero-padded milliseconds, then an arrival counter.
 */
export function timeKey(at: Date): string {
  sequence = (sequence + 1) % 1e9;
  return `${String(at.getTime()).padStart(15, '0')}/${String(sequence).padStart(9, '0')}`;
}
