import { performance } from "node:perf_hooks";
import { connectionProblem, type PrismaClient } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import { lastEventSeq, readEvents, type StoredEvent } from "../store/events.ts";

export interface EventLogOptions {
  /** Recent events kept in memory for subscribers (default 5,000). */
  capacity?: number;
  /** Safety-net poll of the database for events a lost notification did not announce (default 1,000 ms). */
  pollMs?: number;
  logger: Logger;
  /**
   * Told once per event how long after it entered the log every stream open at that moment had
   * handed it on, or closed (see `stream`); not told of events that entered while none was open.
   */
  onFannedOut?: (seconds: number) => void;
}

/** An event on its way to the streams that were open when it entered the log. */
interface Fanout {
  /** When it entered the log (`performance.now()`). */
  at: number;
  /** Those streams that have neither handed it on nor closed. */
  pending: number;
}

/**
 * The app's view of the committed event stream. The database is the source of truth: a
 * notification (local or from another instance) only says "look again", and the log reads every
 * event after the last one it holds, in sequence order. Subscribers stream from the log from any
 * cursor: recent events come from memory, older ones from the database, so each subscriber gets
 * every event exactly once and in order, however notifications arrive.
 */
export class EventLog {
  private readonly recent: StoredEvent[] = [];
  private tip = 0;
  /** The highest sequence number a notice announced; above `tip` until the log has read it. */
  private known = 0;
  private readonly waiters = new Set<() => void>();
  private refreshing: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private unreadable = false;
  private readonly capacity: number;
  /** Open streams that count in fan-outs (see `stream`). */
  private streams = 0;
  /**
   * Events not yet handed on by every stream open when they entered, by sequence number. At most
   * `capacity`: an event still on its way when it leaves memory is dropped, not observed.
   */
  private readonly fanouts = new Map<number, Fanout>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: EventLogOptions,
  ) {
    this.capacity = options.capacity ?? 5000;
  }

  /** Reads the current tip and starts the safety-net poll. */
  async start(): Promise<void> {
    this.tip = await lastEventSeq(this.prisma);
    this.timer = setInterval(() => this.notify(), this.options.pollMs ?? 1000);
    this.timer.unref();
  }

  /** The highest sequence number known to be committed. */
  get lastSeq(): number {
    return this.tip;
  }

  /**
   * False while a commit has been announced (by this process or a notice from another instance)
   * that the log has not read yet, for instance while the database is away: `lastSeq` does not
   * count it (the response cache neither serves nor stores meanwhile). Commits nobody announced
   * are found by the poll.
   */
  get settled(): boolean {
    return this.known <= this.tip;
  }

  /**
   * This process committed event `seq`. When it is the next number, `event` is held and
   * streamed at once, without reading the database; otherwise (another instance committed in
   * between, a read is under way, or no event is given) this is a notification.
   */
  committed(seq: number, event?: StoredEvent): void {
    this.announce(seq);
    if (event && !this.closed && !this.refreshing && event.seq === this.tip + 1) this.hold([event]);
    else void this.notify();
  }

  /**
   * Something was committed somewhere (up to `seq`, when the notice says): fetch what is new
   * (coalesces concurrent calls).
   */
  notify(seq?: number): Promise<void> {
    if (seq !== undefined) this.announce(seq);
    if (this.closed) return Promise.resolve();
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = this.refresh().finally(() => {
      this.refreshing = null;
      if (this.again) {
        this.again = false;
        void this.notify();
      }
    });
    return this.refreshing;
  }

  private async refresh(): Promise<void> {
    try {
      for (;;) {
        const batch = await readEvents(this.prisma, this.tip, 500);
        if (batch.length === 0) break;
        this.hold(batch);
        if (batch.length < 500) break;
      }
      if (this.unreadable) this.options.logger.info("article events readable again");
      this.unreadable = false;
    } catch (error) {
      // Once per outage, not once per poll; the poll keeps trying and catches up when it is over.
      if (!this.unreadable)
        this.options.logger.warn(
          `cannot read article events (retrying): ${connectionProblem(error) ?? (error as Error)?.message}`,
        );
      this.unreadable = true;
    }
  }

  private announce(seq: number): void {
    if (Number.isSafeInteger(seq) && seq > this.known) this.known = seq;
  }

  /** Appends events that follow the tip, in order, and wakes the streams. */
  private hold(events: StoredEvent[]): void {
    this.recent.push(...events);
    if (this.recent.length > this.capacity) {
      const gone = this.recent.splice(0, this.recent.length - this.capacity);
      if (this.fanouts.size > 0) for (const event of gone) this.fanouts.delete(event.seq);
    }
    // Each event waits for the streams open now: one entry per event, whatever their number.
    if (this.streams > 0 && this.options.onFannedOut) {
      const at = performance.now();
      for (const event of events) this.fanouts.set(event.seq, { at, pending: this.streams });
    }
    this.tip = (events.at(-1) as StoredEvent).seq;
    this.wake();
  }

  /** One stream counted in the fan-out of event `seq` has handed it on, or closed. */
  private handedOn(seq: number): void {
    const fanout = this.fanouts.get(seq);
    if (fanout === undefined || --fanout.pending > 0) return;
    this.fanouts.delete(seq);
    this.options.onFannedOut?.((performance.now() - fanout.at) / 1000);
  }

  /** A stream counted in fan-outs closed, having handed on the events up to `after`. */
  private left(after: number): void {
    this.streams--;
    for (const seq of this.fanouts.keys()) if (seq > after) this.handedOn(seq);
  }

  private wake(): void {
    for (const w of this.waiters) w();
    this.waiters.clear();
  }

  /** Events after `after`, up to `limit`: from memory when it reaches back that far, else the database. */
  async read(after: number, limit: number): Promise<StoredEvent[]> {
    const first = this.recent[0];
    if (first && first.seq <= after + 1) {
      const start = after + 1 - first.seq;
      return this.recent.slice(start, start + limit);
    }
    if (after >= this.tip) return [];
    return readEvents(this.prisma, after, Math.min(limit, this.tip - after));
  }

  /**
   * Every event after `after`, in order, then live ones, until `signal` aborts or the log
   * closes. Pull-based: a slow consumer lags behind and catches up from the database, so no
   * per-subscriber buffer grows.
   *
   * The stream takes part in the fan-out of each event entering the log while it is open
   * (`onFannedOut`): it has handed an event on when its reader asks for the next one. A shared
   * live subscription asks once the event's result is in every subscriber's buffer, one of its
   * own once the result went to its connection, and a filter asks at once for an event it leaves
   * out. A stream that starts past the tip takes no part (it skips events up to its cursor).
   */
  async *stream(after: number, signal?: AbortSignal): AsyncGenerator<StoredEvent> {
    let position = after;
    const from = this.tip;
    const counted = after <= from;
    if (counted) this.streams++;
    try {
      while (!this.closed && !signal?.aborted) {
        const batch = await this.read(position, 100);
        if (batch.length > 0) {
          for (const event of batch) {
            yield event;
            position = event.seq;
            if (counted && position > from) this.handedOn(position);
          }
          continue;
        }
        await this.waitBeyond(position, signal);
      }
    } finally {
      if (counted) this.left(Math.max(position, from));
    }
  }

  private waitBeyond(position: number, signal?: AbortSignal): Promise<void> {
    if (this.tip > position || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        signal?.removeEventListener("abort", done);
        this.waiters.delete(done);
        resolve();
      };
      this.waiters.add(done);
      signal?.addEventListener("abort", done, { once: true });
    });
  }

  /** Streams waiting for the next event (diagnostics, tests). */
  get waitingStreams(): number {
    return this.waiters.size;
  }

  /** Stops polling and ends every stream. */
  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.wake();
  }
}
