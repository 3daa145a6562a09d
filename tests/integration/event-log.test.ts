import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { EventLog } from "../../src/live/event-log.ts";
import { silentLogger } from "../../src/logger.ts";
import { useTestDb } from "../helpers/test-db.ts";

describe("EventLog.settled (what the response cache trusts)", () => {
  const open = useTestDb();
  let db: Database;
  beforeAll(() => {
    db = open().db;
  });

  it("stays unsettled while a notice announced an event the log cannot read yet", async () => {
    const log = new EventLog(db.prisma, { logger: silentLogger, pollMs: 60_000 });
    await log.start();
    try {
      expect(log.settled).toBe(true);
      const tip = log.lastSeq;
      // Another instance says event tip+1 is committed, but this database read does not show it
      // (as when the read fails or races): the log must not claim to be up to date.
      await log.notify(tip + 1);
      expect(log.lastSeq).toBe(tip);
      expect(log.settled).toBe(false);
      // Once the event is held, the log is settled again.
      log.committed(tip + 1, { seq: tip + 1, kind: "ADDED", articleId: 1, path: "x.txt", at: new Date() });
      expect(log.lastSeq).toBe(tip + 1);
      expect(log.settled).toBe(true);
      // A notice without a number (the poll), or of something already held, changes nothing,
      // even while it is being read.
      const polling = log.notify();
      expect(log.settled).toBe(true);
      await polling;
      await log.notify(tip);
      expect(log.settled).toBe(true);
      // A commit of this process announced without its event is unsettled until read.
      log.committed(tip + 2);
      expect(log.settled).toBe(false);
    } finally {
      log.close();
    }
  });
});
