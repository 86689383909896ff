export interface SlotLimits {
  /** How many one caller may run at once. */
  perCaller: number;
  /** How many more of one caller's may wait for a slot; beyond that the caller is refused. */
  waitingPerCaller: number;
  /** How many may run at once in all. */
  overall: number;
  /** How many may wait in all; beyond that everyone is refused until the queue shortens. */
  waitingOverall: number;
}

/** A caller asked for more than may run or wait; the message says which limit and what to do. */
export class SlotRefused extends Error {
  constructor(
    readonly limit: 'caller' | 'overall',
    message: string,
  ) {
    super(message);
    this.name = 'SlotRefused';
  }
}

interface Waiter {
  caller: string;
  grant: () => void;
}

/**
 * Bounds how many expensive jobs run at once, per caller and in all. A job takes a slot (`acquire`)
 * and gives it back (the function it resolves with) when done; a job that finds no free slot waits
 * in line, first come first served, unless its caller already has `waitingPerCaller` waiting or the
 * line is `waitingOverall` long: then it is refused at once (SlotRefused), so a flood costs the
 * server nothing but the refusals. A caller is any string: a user, an address.
 */
export class CallerSlots {
  private readonly running = new Map<string, number>();
  private readonly waitingByCaller = new Map<string, number>();
  private readonly line: Waiter[] = [];
  private runningCount = 0;

  constructor(readonly limits: SlotLimits) {}

  acquire(caller: string): Promise<() => void> {
    if (this.hasRoomFor(caller)) return Promise.resolve(this.start(caller));
    if ((this.waitingByCaller.get(caller) ?? 0) >= this.limits.waitingPerCaller) {
      return Promise.reject(
        new SlotRefused(
          'caller',
          `too many at once from this caller: at most ${this.limits.perCaller} run and ${this.limits.waitingPerCaller} wait; wait for an answer before asking again`,
        ),
      );
    }
    if (this.line.length >= this.limits.waitingOverall) {
      return Promise.reject(new SlotRefused('overall', `the server is busy: ${this.line.length} requests are waiting already; try again in a moment`));
    }
    return new Promise((resolve) => {
      this.waitingByCaller.set(caller, (this.waitingByCaller.get(caller) ?? 0) + 1);
      this.line.push({ caller, grant: () => resolve(this.start(caller)) });
    });
  }

  /** How many of a caller's jobs run and wait now (for tests and diagnostics). */
  stateOf(caller: string): { running: number; waiting: number } {
    return { running: this.running.get(caller) ?? 0, waiting: this.waitingByCaller.get(caller) ?? 0 };
  }

  private hasRoomFor(caller: string): boolean {
    return this.runningCount < this.limits.overall && (this.running.get(caller) ?? 0) < this.limits.perCaller;
  }

  private start(caller: string): () => void {
    this.running.set(caller, (this.running.get(caller) ?? 0) + 1);
    this.runningCount += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(caller) ?? 1) - 1;
      if (left === 0) this.running.delete(caller);
      else this.running.set(caller, left);
      this.runningCount -= 1;
      this.startWaiting();
    };
  }

  /** Starts the first in line whose caller has room, as long as there is room at all. */
  private startWaiting(): void {
    for (let index = 0; index < this.line.length && this.runningCount < this.limits.overall; ) {
      const waiter = this.line[index] as Waiter;
      if (!this.hasRoomFor(waiter.caller)) {
        index += 1;
        continue;
      }
      this.line.splice(index, 1);
      const waiting = (this.waitingByCaller.get(waiter.caller) ?? 1) - 1;
      if (waiting === 0) this.waitingByCaller.delete(waiter.caller);
      else this.waitingByCaller.set(waiter.caller, waiting);
      waiter.grant();
    }
  }
}
