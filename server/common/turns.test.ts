import { expect, test } from 'vitest';
import { nextTurn } from './turns';

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
