/**
 * The first index of `items` at which `after` holds, for an `after` that is false up to some
 * index and true from there on (binary search); `items.length` when it never holds. Extractors
 * use it to find the mentions of one sentence or span among all mentions of a text in text order,
 * instead of filtering them all for every fact (quadratic in a text with many facts).
 */
export function firstIndexWhere<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The items whose `start` lies in `[from, to)`, for items in order of `start`. */
export function startingWithin<T extends { start: number }>(
  items: readonly T[],
  from: number,
  to: number,
): T[] {
  const out: T[] = [];
  for (let i = firstIndexWhere(items, (m) => m.start >= from); i < items.length; i++) {
    const item = items[i] as T;
    if (item.start >= to) break;
    out.push(item);
  }
  return out;
}
