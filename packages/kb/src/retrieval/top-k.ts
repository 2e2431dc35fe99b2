/** A scored slot of an index. */
export interface Scored {
  slot: number;
  score: number;
}

/**
 * The `k` best of `count` candidates, best first, with a min-heap of size k: a query
 * touching 50,000 chunks never sorts them all.
 */
export function topK(
  count: number,
  slotAt: (i: number) => number,
  scoreAt: (i: number) => number,
  k: number,
): Scored[] {
  const heap: Scored[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l]!.score < heap[m]!.score) m = l;
      if (r < heap.length && heap[r]!.score < heap[m]!.score) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < count; i++) {
    const score = scoreAt(i);
    if (heap.length < k) {
      heap.push({ slot: slotAt(i), score });
      for (let j = heap.length - 1; j > 0; ) {
        const p = (j - 1) >> 1;
        if (heap[p]!.score <= heap[j]!.score) break;
        [heap[p], heap[j]] = [heap[j]!, heap[p]!];
        j = p;
      }
    } else if (k > 0 && score > heap[0]!.score) {
      heap[0] = { slot: slotAt(i), score };
      down(0);
    }
  }
  return heap.sort((a, b) => b.score - a.score || a.slot - b.slot);
}
