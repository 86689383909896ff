import { useEffect, useState } from 'react';

/**
 * The value once it has stayed unchanged for `delay` ms: a check as the user types is asked once per
 * pause, not once per key. Compared by JSON, so a new object with the same content does not restart it.
 */
export function useDebouncedValue<Value>(value: Value, delay: number): Value {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the JSON key stands for the value
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return settled;
}
