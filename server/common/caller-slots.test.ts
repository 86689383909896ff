import { describe, expect, test } from 'vitest';
import { CallerSlots, SlotRefused } from './caller-slots';

/** Resolves once pending promise callbacks have run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function track<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown } = {};
  promise.then(
    (value) => {
      state.value = value;
    },
    (error: unknown) => {
      state.error = error;
    },
  );
  return state;
}

describe('CallerSlots', () => {
  test('a caller runs up to its share; more wait in line, then are refused', async () => {
    const slots = new CallerSlots({ perCaller: 2, waitingPerCaller: 1, overall: 10, waitingOverall: 10 });
    const first = await slots.acquire('a');
    await slots.acquire('a');
    const third = track(slots.acquire('a'));
    const fourth = track(slots.acquire('a'));
    await settle();
    expect(third.value).toBeUndefined();
    expect(fourth.error).toBeInstanceOf(SlotRefused);
    expect((fourth.error as SlotRefused).limit).toBe('caller');
    expect(slots.stateOf('a')).toEqual({ running: 2, waiting: 1 });
    // Another caller is not held up by a's line.
    await slots.acquire('b');
    first();
    await settle();
    expect(third.value).toBeTypeOf('function');
    expect(slots.stateOf('a')).toEqual({ running: 2, waiting: 0 });
  });

  test('with every slot taken, the line is served first come first served, as slots come free', async () => {
    const slots = new CallerSlots({ perCaller: 1, waitingPerCaller: 5, overall: 1, waitingOverall: 2 });
    const running = await slots.acquire('a');
    const order: string[] = [];
    const b = slots.acquire('b').then((release) => {
      order.push('b');
      return release;
    });
    const c = slots.acquire('c').then((release) => {
      order.push('c');
      return release;
    });
    const d = track(slots.acquire('d'));
    await settle();
    expect((d.error as SlotRefused).limit).toBe('overall');
    running();
    (await b)();
    (await c)();
    expect(order).toEqual(['b', 'c']);
  });

  test('giving a slot back twice frees it once', async () => {
    const slots = new CallerSlots({ perCaller: 1, waitingPerCaller: 1, overall: 2, waitingOverall: 0 });
    const release = await slots.acquire('a');
    await slots.acquire('b');
    release();
    release();
    expect(slots.stateOf('a').running).toBe(0);
    expect(slots.stateOf('b').running).toBe(1);
    await slots.acquire('a');
    await expect(slots.acquire('c')).rejects.toThrow('the server is busy');
  });
});
