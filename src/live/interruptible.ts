/**
 * An async iterator whose `return()` first calls `interrupt`, then the inner iterator's `return()`.
 *
 * An async generator that is waiting (for the next event, say) queues a `return()` until it next
 * yields, so a subscriber that leaves during a quiet spell would keep its stream, its listener and
 * its share of a live execution until the next event. `interrupt` ends that wait (an abort, a
 * wake-up), so the generator finishes and its `finally` blocks run at once.
 */
export function interruptible<T>(
  inner: AsyncIterator<T> & Partial<AsyncIterable<T>>,
  interrupt: () => void,
): AsyncGenerator<T> {
  const iterator: AsyncGenerator<T> = {
    next: (...args) => inner.next(...args),
    return: async (value) => {
      interrupt();
      return (await inner.return?.(value)) ?? { done: true, value: value as T };
    },
    throw: async (error) => {
      interrupt();
      if (inner.throw) return inner.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
