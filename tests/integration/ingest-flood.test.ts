import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS } from "../helpers/test-app.ts";
import { useTestService } from "../helpers/test-service.ts";
import { waitFor } from "../helpers/wait-for.ts";

const ARTICLE = fs.readFileSync(path.join(SEEDS, "000_b85c5de12b388afb.txt"), "utf8");
const QUEUE_SIZE = 20;
const FLOOD = 300;

describe("a flood of files larger than the ingest queue", () => {
  const served = useTestService({ files: [], config: { ingestQueueSize: QUEUE_SIZE } });

  it("ingests every file without a restart", async () => {
    // Written out of sight (hidden folder), then renamed in at once.
    const staging = path.join(served.seedsDir, ".staging");
    fs.mkdirSync(staging);
    const names = Array.from({ length: FLOOD }, (_, i) => `flood-${String(i).padStart(4, "0")}.txt`);
    for (const name of names) fs.writeFileSync(path.join(staging, name), `${ARTICLE}\nbulletin ${name}\n`);
    for (const name of names) fs.renameSync(path.join(staging, name), path.join(served.seedsDir, name));
    fs.rmdirSync(staging);
    const stored = await waitFor(
      async () => {
        const n = await served.service.db.prisma.article.count({ where: { removedAt: null } });
        return n === FLOOD ? n : null;
      },
      { timeout: 60_000, interval: 200, message: `all ${FLOOD} files to be ingested` },
    );
    expect(stored).toBe(FLOOD);
    await served.service.idle();
    expect(await served.service.db.prisma.ingestFailure.count()).toBe(0);
    const paths = (await served.service.db.prisma.article.findMany({ select: { path: true } })).map(
      (a) => a.path,
    );
    expect(paths.sort()).toEqual(names);
  }, 90_000);
});
