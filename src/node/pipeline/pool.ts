/**
 * The one concurrency pool of the build: runs `work` over every item, at most `limit` at once,
 * each started as soon as one before it ends. Resolves to the results in the items' order; rejects
 * with the first failure (the others already running are let finish, none is started after it).
 * Node only (build time).
 */
export async function mapPooled<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await work(items[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
