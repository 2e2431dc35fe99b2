import { type DeskRuntime, exclusive } from './runtime.js';

/**
 * Operator actions never wait on a model (IN2).
 *
 * A turn holds its conversation's key from start to end, so an operator action that
 * queued on the key would wait for the assistant's model call, which can take a minute.
 * While the assistant waits on its model the turn *parks* the key: it has nothing
 * unsaved then. Operator actions already queued on the key, and those that arrive while
 * it is parked, run at once on a side lane, one at a time. When the model answers, the
 * turn waits for the lane to drain and re-reads the conversation, so what the operator
 * did (a solve, a takeover, a label) wins over what the model produced.
 *
 * The lane is per process: with a store that locks across processes (`runExclusive`),
 * an operator action made in another process still waits for the store's lock.
 */
interface Park {
  /** The operator work chained on the lane so far. */
  tail: Promise<unknown>;
}

interface LaneState {
  parked: Map<string, Park>;
  /** Operator actions queued on a key, each able to move to the lane when it parks. */
  waiting: Map<string, Set<() => void>>;
}

const lanes = new WeakMap<DeskRuntime, LaneState>();

function lane(rt: DeskRuntime): LaneState {
  let state = lanes.get(rt);
  if (!state) {
    state = { parked: new Map(), waiting: new Map() };
    lanes.set(rt, state);
  }
  return state;
}

function onLane<T>(park: Park, fn: () => Promise<T>): Promise<T> {
  const run = park.tail.then(fn);
  park.tail = run.catch(() => {});
  return run;
}

/**
 * Runs an operator action on the conversation `key`: serialised with turns and other
 * actions, except that it never waits for a parked model call.
 */
export function operatorExclusive<T>(
  rt: DeskRuntime,
  key: string,
  fn: () => Promise<T>,
): Promise<T> {
  const state = lane(rt);
  const park = state.parked.get(key);
  if (park) return onLane(park, fn);
  return new Promise<T>((resolve, reject) => {
    let started = false;
    const claim = (): boolean => {
      if (started) return false;
      started = true;
      const set = state.waiting.get(key);
      set?.delete(moveToLane);
      if (set?.size === 0) state.waiting.delete(key);
      return true;
    };
    function moveToLane(): void {
      const parked = state.parked.get(key);
      if (parked && claim()) onLane(parked, fn).then(resolve, reject);
    }
    let set = state.waiting.get(key);
    if (!set) {
      set = new Set();
      state.waiting.set(key, set);
    }
    set.add(moveToLane);
    exclusive(rt, key, async () => {
      if (claim()) await fn().then(resolve, reject);
    }).catch((e: unknown) => {
      if (claim()) reject(e);
    });
  });
}

/**
 * Awaits `work` (the model call) with the key parked: operator actions run meanwhile.
 * Returns once `work` settled and every operator action it let in has finished.
 */
export async function parkedWhile<T>(rt: DeskRuntime, key: string, work: Promise<T>): Promise<T> {
  const state = lane(rt);
  if (state.parked.has(key)) return work;
  const park: Park = { tail: Promise.resolve() };
  state.parked.set(key, park);
  for (const move of [...(state.waiting.get(key) ?? [])]) move();
  try {
    return await work;
  } finally {
    let tail: Promise<unknown>;
    do {
      tail = park.tail;
      await tail;
    } while (tail !== park.tail);
    state.parked.delete(key);
  }
}
