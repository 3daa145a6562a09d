/**
 * An async iterator whose `return()` and `throw()` first cancel the operation, then reach the
 * inner iterator.
 *
 * An async generator that is waiting (for the next event, say) queues a `return()` until it next
 * yields, so a subscriber that leaves during a quiet spell would keep its stream, its listener and
 * its share of a live execution until the next event. `cancel` ends that wait (an abort, a
 * wake-up), so the generator finishes and its `finally` blocks run at once. `end` is told when the
 * stream finishes by itself (done, or failed), so the operation can let go of what it listened to.
 *
 * Methods on a class, not closures per stream: four closures cost about 1.2 KiB per stream (under tsx each named arrow is a dictionary-mode function, ~300 B).
 */
export interface Interruption {
  /** The reader left (`return`, `throw`): ends the stream's wait. */
  cancel(): void;
  /** The stream finished by itself. */
  end?(): void;
}

class Interruptible<T> implements AsyncGenerator<T> {
  constructor(
    private readonly inner: AsyncIterator<T>,
    private readonly interruption: Interruption,
  ) {}

  async next(...args: [] | [unknown]): Promise<IteratorResult<T>> {
    try {
      const result = await this.inner.next(...args);
      if (result.done) this.interruption.end?.();
      return result;
    } catch (error) {
      this.interruption.end?.();
      throw error;
    }
  }

  async return(value?: unknown): Promise<IteratorResult<T>> {
    this.interruption.cancel();
    return (await this.inner.return?.(value)) ?? { done: true, value: value as T };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    this.interruption.cancel();
    if (this.inner.throw) return this.inner.throw(error);
    throw error;
  }

  [Symbol.asyncIterator](): AsyncGenerator<T> {
    return this;
  }
}

/** `inner`, with `interruption` told when its reader leaves and when it finishes by itself. */
export function interruptible<T>(inner: AsyncIterator<T>, interruption: Interruption): AsyncGenerator<T> {
  return new Interruptible(inner, interruption);
}
