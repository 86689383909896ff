import { expect, test } from 'vitest';
import { nextTurn, oneAfterAnother } from './turns';

test('turns pass one per round of the event loop, in the order asked for, with other work in between', async () => {
  const events: string[] = [];
  const worker = async (name: string) => {
    for (let slice = 1; slice <= 2; slice += 1) {
      await nextTurn();
      events.push(`${name}${slice}`);
      // Work that arrives meanwhile (as a request would) is served before the next turn.
      setImmediate(() => events.push(`other after ${name}${slice}`));
    }
  };
  await Promise.all([worker('a'), worker('b')]);
  await new Promise((resolve) => setImmediate(resolve));
  expect(events).toEqual(['a1', 'other after a1', 'b1', 'other after b1', 'a2', 'other after a2', 'b2', 'other after b2']);
});

test('oneAfterAnother starts each task once the one before has settled, failed or not', async () => {
  const inTurn = oneAfterAnother();
  const events: string[] = [];
  const task = (name: string, fail = false) => async () => {
    events.push(`${name} starts`);
    await nextTurn();
    events.push(`${name} ends`);
    if (fail) throw new Error(name);
    return name;
  };
  const results = await Promise.allSettled([inTurn(task('a')), inTurn(task('b', true)), inTurn(task('c'))]);
  expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
});
