import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeArticleBytes, readArticleFile } from "../../../src/ingest/reader.ts";

const text = "Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57.";

function utf16(s: string, endian: "le" | "be"): Buffer {
  const le = Buffer.from(s, "utf16le");
  if (endian === "be") le.swap16();
  return Buffer.concat([Buffer.from(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

describe("decodeArticleBytes", () => {
  it("decodes UTF-8, UTF-8 with BOM and UTF-16 LE/BE with BOM to the same text", () => {
    const forms = [
      Buffer.from(text, "utf8"),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
      utf16(text, "le"),
      utf16(text, "be"),
    ];
    for (const bytes of forms) {
      const r = decodeArticleBytes(bytes);
      expect(r.ok && r.text).toBe(text);
    }
  });

  it("hashes the original bytes, so a BOM makes a different content hash", () => {
    const a = decodeArticleBytes(Buffer.from(text));
    const b = decodeArticleBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(a.ok && b.ok && a.hash !== b.hash).toBe(true);
    expect(a.ok && a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ["empty", Buffer.alloc(0), "EMPTY"],
    ["whitespace only", Buffer.from(" \n\t \r\n"), "EMPTY"],
    ["a NUL byte", Buffer.from("abc\u0000def"), "BINARY"],
    ["a PNG header", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "BINARY"],
    ["invalid UTF-8", Buffer.from([0x48, 0x6f, 0xe0, 0x20, 0x62, 0xec, 0x6e, 0x68]), "INVALID_ENCODING"],
  ])("rejects %s with a stable code", (_name, bytes, code) => {
    const r = decodeArticleBytes(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe(code);
    expect(!r.ok && r.message.length).toBeGreaterThan(10);
  });
});

describe("readArticleFile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-reader-"));

  it("refuses a file over the size limit without decoding it", async () => {
    const file = path.join(dir, "big.txt");
    fs.writeFileSync(file, "a".repeat(2048));
    const r = await readArticleFile(file, 1024);
    expect(!r.ok && r.code).toBe("TOO_LARGE");
  });

  it("reports a missing file and a directory as data", async () => {
    expect(await readArticleFile(path.join(dir, "missing.txt"))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    fs.mkdirSync(path.join(dir, "x.txt"));
    expect(await readArticleFile(path.join(dir, "x.txt"))).toMatchObject({ ok: false, code: "NOT_A_FILE" });
  });
});
