export interface WaitForOptions {
  /** Give up after this many milliseconds. Default 5,000. */
  timeout?: number;
  /** Pause between two checks. Default 10 ms. */
  interval?: number;
  /** Names what was awaited in the timeout error. */
  message?: string;
}

/**
 * Checks `condition` until it returns a truthy value (which is returned) or the timeout passes.
 * A condition that throws counts as not yet met; its last error is shown on timeout.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeout = 5_000, interval = 10, message = "condition" }: WaitForOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** A message queue for events produced by callbacks: tests await them instead of sleeping. */
export class AsyncQueue<T> {
  readonly #items: T[] = [];
  readonly #waiters: Array<(item: T) => void> = [];

  /** Hands `item` to the oldest waiting `next()`, or keeps it for the next one. */
  push(item: T): void {
    const waiter = this.#waiters.shift();
    if (waiter) waiter(item);
    else this.#items.push(item);
  }

  /** Items received and not taken yet. */
  get size(): number {
    return this.#items.length;
  }

  /** The oldest item not taken yet; rejects if none arrives within `timeoutMs` (default 5,000). */
  next(timeoutMs = 5_000): Promise<T> {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift() as T);
    return new Promise((resolve, reject) => {
      const waiter = (item: T) => {
        clearTimeout(timer);
        resolve(item);
      };
      const timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        reject(new Error(`no item arrived within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  /** Takes items up to and including the first that matches; returns all of them in order. */
  async takeUntil(match: (item: T) => boolean, timeoutMs = 5_000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    const taken: T[] = [];
    for (;;) {
      const item = await this.next(Math.max(1, deadline - Date.now()));
      taken.push(item);
      if (match(item)) return taken;
    }
  }
}
