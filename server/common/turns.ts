/**
 * Long synchronous work (judging a heat map of hundreds of areas, reading its series) runs on the
 * server's one JavaScript thread, where every other request waits until it is done. Such work is cut
 * into slices that give the event loop back between them, so other requests are served in between.
 *
 * The slices of all requests take turns: each waits for its own turn, and at most one turn passes
 * per round of the event loop, which serves the network in between. A trivial request so waits
 * for one slice at most, however many heavy requests run (each is slower, none blocks).
 */
let lastTurn: Promise<void> = Promise.resolve();

/**
 * Resolves at the next free turn: once every turn asked for before has passed, and the event loop
 * has gone round once more (setImmediate runs after pending network events have been handled; one
 * scheduled while turns are being run runs in the next round, after the network again).
 */
export function nextTurn(): Promise<void> {
  const turn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  lastTurn = turn;
  return turn;
}

/**
 * How long a slice may run before it gives the event loop back. A trivial request waits about this
 * long at worst behind heavy ones; shorter slices cost more rounds of the loop.
 */
export const SLICE_MS = 8;

/** Measures one computation's slices: `pause()` waits for the next turn once the slice is used up. */
export class Slices {
  private startedAt = performance.now();

  /** Call between pieces of work; cheap when the slice has time left. */
  async pause(): Promise<void> {
    if (performance.now() - this.startedAt < SLICE_MS) return;
    await nextTurn();
    this.startedAt = performance.now();
  }
}

/**
 * Runs the tasks given to it one after another, in order, each once the one before has settled. A
 * request's judging fields (aliases) go through one of these, so that a request judges one heat map
 * at a time rather than all of them at once, each holding its series in memory meanwhile.
 */
export function oneAfterAnother(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
