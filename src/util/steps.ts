import { setImmediate as nextTurn } from 'node:timers/promises';

/** Work done a step at a time: each `yield` is a place where the event loop may take a turn. */
export type Steps<T> = Generator<void, T, void>;

/** Runs stepwise work to the end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs stepwise work, giving the event loop a turn between steps (answers go on meanwhile). */
export async function finishSlowly<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await nextTurn();
  }
}
