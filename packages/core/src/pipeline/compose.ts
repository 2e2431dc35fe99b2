/** A pipeline stage: do work, then `await next()` to run the rest (or don't, to stop). */
export type Middleware<C> = (ctx: C, next: () => Promise<void>) => Promise<void> | void;

/** Composes middleware Koa/grammY style; calling `next()` twice is a bug and throws. */
export function compose<C>(stages: ReadonlyArray<Middleware<C>>): (ctx: C) => Promise<void> {
  return (ctx) => {
    let last = -1;
    const dispatch = async (i: number): Promise<void> => {
      if (i <= last) throw new Error('next() called more than once in one middleware');
      last = i;
      const stage = stages[i];
      if (!stage) return;
      await stage(ctx, () => dispatch(i + 1));
    };
    return dispatch(0);
  };
}
