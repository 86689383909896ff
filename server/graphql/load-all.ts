import type DataLoader from 'dataloader';

/** Loads many keys and drops the ones with no record (a record deleted in the same request). */
export async function loadExisting<K, V>(loader: DataLoader<K, V | undefined>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  return values.filter((value): value is V => value !== undefined && !(value instanceof Error));
}

/** Loads one record that must exist, because a foreign key guarantees it. */
export async function loadRequired<K, V>(loader: DataLoader<K, V | undefined>, key: K, what: string): Promise<V> {
  const value = await loader.load(key);
  if (value === undefined) throw new Error(`${what} ${String(key)} is missing`);
  return value;
}

/** Awaits a write, then forgets what the request's loaders had read, so the response shows the write. */
export async function written<T>(loaders: { clearAll(): void }, write: Promise<T>): Promise<T> {
  const result = await write;
  loaders.clearAll();
  return result;
}
