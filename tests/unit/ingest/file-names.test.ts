import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { escapeInvalidName, invalidNamesIn, isInvalidNameStandIn } from "../../../src/ingest/file-names.ts";
import { listArticleFiles } from "../../../src/ingest/files.ts";

describe("file names that are not UTF-8", () => {
  it("stand in with each bad byte as %XX, keeping valid characters, the same every time", () => {
    expect(escapeInvalidName(Buffer.from("Hội nghị.txt"))).toBeNull();
    expect(escapeInvalidName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]))).toBe(
      "caf%E9.txt",
    );
    const mixed = Buffer.concat([Buffer.from("Hội"), Buffer.from([0xff, 0xc3]), Buffer.from("ị.txt")]);
    expect(escapeInvalidName(mixed)).toBe("Hội%FF%C3ị.txt");
    expect(escapeInvalidName(mixed)).toBe(escapeInvalidName(Buffer.from(mixed)));
    // An encoded surrogate is not UTF-8 either.
    expect(escapeInvalidName(Buffer.from([0xed, 0xa0, 0x80, 0x41]))).toBe("%ED%A0%80A");
  });

  it("are listed under their stand-in, and a folder so named is not entered", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-names-"));
    try {
      fs.writeFileSync(Buffer.from(`${dir}/caf\xe9.txt`, "latin1"), "text");
      fs.mkdirSync(Buffer.from(`${dir}/dossier-\xe9`, "latin1"));
      fs.writeFileSync(Buffer.from(`${dir}/dossier-\xe9/inside.txt`, "latin1"), "text");
      fs.writeFileSync(path.join(dir, "plain.txt"), "text");
      expect(await listArticleFiles(dir)).toEqual(
        ["caf%E9.txt", "dossier-%E9", "plain.txt"].map((name) => path.join(dir, name)),
      );
      expect(invalidNamesIn(dir)).toEqual(new Set(["caf%E9.txt", "dossier-%E9"]));
      expect(isInvalidNameStandIn(path.join(dir, "caf%E9.txt"))).toBe(true);
      expect(isInvalidNameStandIn(path.join(dir, "plain.txt"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
