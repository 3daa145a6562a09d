import { ErrorCode, requestError } from "../errors.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./builder.ts";

/**
 * Rejects a page larger than {@link MAX_PAGE_SIZE} or a negative one. Pothos would silently clamp;
 * a client asking for 500 rows deserves to learn it gets at most 100.
 */
export function checkPageArgs(args: { first?: number | null; last?: number | null }): void {
  for (const name of ["first", "last"] as const) {
    const value = args[name];
    if (value === null || value === undefined) continue;
    if (value < 0) throw requestError(ErrorCode.BAD_USER_INPUT, `${name} must not be negative`);
    if (value > MAX_PAGE_SIZE) {
      throw requestError(
        ErrorCode.PAGE_SIZE_EXCEEDED,
        `${name} is ${value}; a page holds at most ${MAX_PAGE_SIZE} items`,
      );
    }
  }
}

/**
 * Page-size options for every connection: the default, and a `maxSize` that validates the
 * arguments first (Pothos calls it even when only `totalCount` is selected).
 */
export const PAGE_SIZE = {
  defaultSize: DEFAULT_PAGE_SIZE,
  maxSize: (args: { first?: number | null; last?: number | null }) => {
    checkPageArgs(args);
    return MAX_PAGE_SIZE;
  },
};

/**
 * Memoizes `fn` per arguments object. A connection's page and its `totalCount` resolve with the
 * same arguments object, so a filter (which may run a search) is translated once for both.
 */
export function perArgs<A extends object, R>(fn: (args: A) => R): (args: A) => R {
  const results = new WeakMap<A, R>();
  return (args) => {
    if (!results.has(args)) results.set(args, fn(args));
    return results.get(args) as R;
  };
}
