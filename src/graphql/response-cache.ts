import { type DocumentNode, getOperationAST, Kind } from "graphql";

/**
 * What the cache needs to know about the data it serves: a version that moves whenever the
 * graph changes, and whether a change may be known but not yet counted. The event log provides
 * both: `lastSeq` is the last committed article event it holds and `settled` is false while a
 * commit announced by this process or by another instance's notice has not been read.
 */
export interface DataVersion {
  readonly lastSeq: number;
  readonly settled: boolean;
}

export interface ResponseCacheOptions {
  /** Most bytes of response text kept (default 64 MiB); 0 turns the cache off. */
  maxBytes: number;
  /** Most responses kept (default 1,000). */
  maxEntries?: number;
}

/** Root fields whose answers change without an article event, so they are never cached. */
const UNCACHED_ROOT_FIELDS = new Set(["ingestFailures", "node", "nodes"]);

interface Entry {
  version: number;
  body: string;
  size: number;
}

/**
 * Longest key (operation text + variables) worth caching. The operation text is at most 20,000
 * characters; a bigger key means large variables, which would let a client fill the cache with
 * keys rather than answers.
 */
const MAX_KEY_CHARS = 32_000;

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/**
 * Whole-response cache for queries over HTTP. A response is stored with the data version it was
 * computed at and served only while that version is current: the first article event after it
 * makes it stale. So a client never sees a response older than the events this instance knows
 * of (with several instances, the delay of the event bus: milliseconds through Redis, at most
 * the 1 s poll without it).
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** Moves whenever the stored answers go stale: a new article event, or `invalidate`. */
  private epoch = 0;
  private seenSeq = -1;
  private hits = 0;
  private misses = 0;
  private readonly maxEntries: number;

  constructor(
    private readonly data: DataVersion,
    private readonly options: ResponseCacheOptions,
  ) {
    this.maxEntries = options.maxEntries ?? 1000;
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0 && this.maxEntries > 0;
  }

  /** The epoch a response computed now may be stored under; null while a change is being read. */
  currentVersion(): number | null {
    if (!this.data.settled) return null;
    if (this.data.lastSeq !== this.seenSeq) {
      this.seenSeq = this.data.lastSeq;
      this.clear();
    }
    return this.epoch;
  }

  get(key: string): string | null {
    const version = this.currentVersion();
    const entry = this.entries.get(key);
    if (version === null || entry === undefined || entry.version !== version) {
      this.misses++;
      return null;
    }
    // Most recently used last: eviction takes from the front.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.body;
  }

  set(key: string, version: number, body: string): void {
    // Key and answer both stay in memory: both count (UTF-16, two bytes a character).
    const size = (key.length + body.length) * 2;
    if (this.currentVersion() !== version || key.length > MAX_KEY_CHARS || size > this.options.maxBytes)
      return;
    this.remove(key);
    this.entries.set(key, { version, body, size });
    this.bytes += size;
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.remove(k);
    }
  }

  /** Drops every stored response (for changes made to the database behind the service's back). */
  invalidate(): void {
    this.clear();
  }

  stats(): ResponseCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  /** Forgets every answer; one being computed meanwhile is not stored (its epoch is gone). */
  private clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.epoch++;
  }
}

/** A query (not a mutation or subscription) whose root fields may all be cached. */
export function isCacheable(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation?.operation !== "query") return false;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const rootFieldsCacheable = (
    selections: typeof operation.selectionSet.selections,
    seen: Set<string>,
  ): boolean =>
    selections.every((s) => {
      if (s.kind === Kind.FIELD) return !UNCACHED_ROOT_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return rootFieldsCacheable(s.selectionSet.selections, seen);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return true;
      return rootFieldsCacheable(fragment.selectionSet.selections, new Set([...seen, s.name.value]));
    });
  return rootFieldsCacheable(operation.selectionSet.selections, new Set());
}
