/**
 * Per-request batching of per-item field resolvers (issue 14: `municipalities { profile }` read each municipality's
 * profile with its own query, 342 queries per list and 12 lists under aliases). A field resolver asks
 * `batchLoader(context, name, loadMany).load(key)`; the keys asked for while GraphQL resolves one level of a list are
 * loaded with one `loadMany` call, and each key is loaded at most once per request (answers are kept for the request).
 * A small DataLoader: no dependency for one idea.
 */

/** Loads the values of `keys` at once: a map from key to value; keys without a value are left out. */
export type LoadMany<K, V> = (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>;

/** Collects keys until the resolvers of the current level ran (`setImmediate`), then loads them in one call. */
export class BatchLoader<K, V> {
  private readonly answers = new Map<K, Promise<V | undefined>>();
  private pending: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly loadMany: LoadMany<K, V>) {}

  /** The value of `key`, or undefined when `loadMany` had none; rejects when its batch's `loadMany` failed. */
  load(key: K): Promise<V | undefined> {
    let answer = this.answers.get(key);
    if (!answer) {
      answer = new Promise<V | undefined>((resolve, reject) => {
        if (this.pending.length === 0) setImmediate(() => void this.flush());
        this.pending.push({ key, resolve, reject });
      });
      this.answers.set(key, answer);
    }
    return answer;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const values = await this.loadMany(batch.map((p) => p.key));
      for (const p of batch) p.resolve(values.get(p.key));
    } catch (error) {
      // a failed batch is not kept: a later request (or field) may try again
      for (const p of batch) {
        this.answers.delete(p.key);
        p.reject(error);
      }
    }
  }
}

const LOADERS = new WeakMap<object, Map<string, BatchLoader<unknown, unknown>>>();

/**
 * The request's loader called `name` (made with `loadMany` on first use). `context` is the GraphQL context of the
 * request (one object per request), so loaders and their answers live as long as the request and no longer.
 * One `name` must always be used with the same key and value types.
 */
export function batchLoader<K, V>(context: object, name: string, loadMany: LoadMany<K, V>): BatchLoader<K, V> {
  let loaders = LOADERS.get(context);
  if (!loaders) {
    loaders = new Map();
    LOADERS.set(context, loaders);
  }
  let loader = loaders.get(name) as BatchLoader<K, V> | undefined;
  if (!loader) {
    loader = new BatchLoader(loadMany);
    loaders.set(name, loader as BatchLoader<unknown, unknown>);
  }
  return loader;
}

/**
 * `rows` (of one query for many keys) mapped and grouped by `keyOf`, in their order, with an empty list for each of
 * `keys` without rows: what a `LoadMany` of a list field returns.
 */
export function groupBy<R, V>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) out.get(keyOf(row))?.push(map(row));
  return out;
}
