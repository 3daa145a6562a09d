import { execFileSync } from "node:child_process";
import { pbkdf2 } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
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
    ["a few letters", Buffer.from("Hội nghị 2025"), "NO_ARTICLE_TEXT"],
    ["UTF-16 with a BOM and an odd length", Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), "INVALID_ENCODING"],
  ])("rejects %s with a stable code", (_name, bytes, code) => {
    const r = decodeArticleBytes(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe(code);
    expect(!r.ok && r.message.length).toBeGreaterThan(10);
  });
});

describe("legacy Vietnamese encodings", () => {
  // "Hội nghị Bộ trưởng Kinh tế ASEAN" in Windows-1258: base letters followed by combining-mark
  // bytes (0xF2 dot below, 0xD2 hook, 0xDE tilde), as Vietnamese Windows software wrote it.
  const cp1258 = Buffer.from([
    0x48, 0xf4, 0xf2, 0x69, 0x20, 0x6e, 0x67, 0x68, 0x69, 0xf2, 0x20, 0x42, 0xf4, 0xf2, 0x20, 0x74, 0x72,
    0xfd, 0xf5, 0xd2, 0x6e, 0x67, 0x20, 0x4b, 0x69, 0x6e, 0x68, 0x20, 0x74, 0xea, 0xec, 0x20, 0x41, 0x53,
    0x45, 0x41, 0x4e,
  ]);

  it("rejects Windows-1258 bytes as INVALID_ENCODING, naming the legacy encodings", () => {
    const r = decodeArticleBytes(cp1258);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe("INVALID_ENCODING");
    expect(!r.ok && r.message).toMatch(/Windows-1258/);
    expect(!r.ok && r.message).toMatch(/byte 0xF4 at offset 1\b/);
  });

  it("rejects VNI bytes the same way", () => {
    // "Hội" in VNI-Windows: "o" followed by 0xE4 (circumflex with dot below), shown as "Hoäi"
    // by software that assumes Windows-1252.
    const vni = Buffer.concat([
      Buffer.from([0x48, 0x6f, 0xe4, 0x69]),
      Buffer.from(" ASEAN tai Kuala Lumpur"),
    ]);
    const r = decodeArticleBytes(vni);
    expect(!r.ok && r.code).toBe("INVALID_ENCODING");
  });
});

describe("readArticleFile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-reader-"));

  it("refuses a file over the size limit without decoding it", async () => {
    const file = path.join(dir, "big.txt");
    fs.writeFileSync(file, "a".repeat(2048));
    const r = await readArticleFile(file, { maxBytes: 1024 });
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

  it("reads a file of any size up to the limit exactly, and refuses one byte more", async () => {
    for (const size of [1, 1023, 1024, 70_000]) {
      const file = path.join(dir, `size-${size}.txt`);
      const content = "Hội nghị ASEAN. ".repeat(Math.ceil(size / 16)).slice(0, size);
      fs.writeFileSync(file, content);
      const bytes = Buffer.byteLength(content);
      const fits = await readArticleFile(file, { maxBytes: bytes });
      expect(fits.ok || fits.code).not.toBe("TOO_LARGE");
      expect(fits.hash).toBe(decodeArticleBytes(Buffer.from(content)).hash);
      const over = await readArticleFile(file, { maxBytes: bytes - 1 });
      expect(!over.ok && over.code).toBe("TOO_LARGE");
    }
  });

  it("refuses a named pipe at once instead of waiting for a writer", async () => {
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    expect(await readArticleFile(fifo)).toMatchObject({ ok: false, code: "NOT_A_FILE" });
  });

  it("refuses a socket as not a regular file", async () => {
    const file = path.join(dir, "socket.txt");
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(file, resolve));
    try {
      expect(await readArticleFile(file)).toMatchObject({ ok: false, code: "NOT_A_FILE" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("does not wait behind other work in Node's thread pool", async () => {
    // Four slow key derivations fill the pool's four threads, as the watcher's stats of a large
    // folder do; a read queued behind them would finish after the first of them.
    const file = path.join(dir, "pooled.txt");
    fs.writeFileSync(file, `${text} ${"Lorem ipsum dolor sit amet. ".repeat(3)}`);
    let poolFreed = false;
    const busy = Array.from(
      { length: 4 },
      () =>
        new Promise<void>((resolve) =>
          pbkdf2("secret", "salt", 100_000, 64, "sha512", () => {
            poolFreed = true;
            resolve();
          }),
        ),
    );
    const read = await readArticleFile(file);
    const freedBeforeRead = poolFreed;
    await Promise.all(busy);
    expect(read.ok).toBe(true);
    expect(freedBeforeRead).toBe(false);
  });

  it("refuses a symlink to a file outside the root and reads one inside", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-root-"));
    const article = `${text} ${"Lorem ipsum dolor sit amet. ".repeat(3)}`;
    fs.writeFileSync(path.join(dir, "outside.txt"), article);
    fs.writeFileSync(path.join(root, "inside.txt"), article);
    fs.symlinkSync(path.join(dir, "outside.txt"), path.join(root, "out-link.txt"));
    fs.symlinkSync(path.join(root, "inside.txt"), path.join(root, "in-link.txt"));
    expect(await readArticleFile(path.join(root, "out-link.txt"), { root })).toMatchObject({
      ok: false,
      code: "SYMLINK_OUTSIDE",
    });
    expect(await readArticleFile(path.join(root, "in-link.txt"), { root })).toMatchObject({
      ok: true,
      text: article,
    });
  });

  it("refuses links to folders, dangling links and loops, and names no path in any message", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-root-"));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-elsewhere-"));
    fs.mkdirSync(path.join(root, "sub"));
    fs.symlinkSync(".", path.join(root, "self"));
    fs.symlinkSync(path.join(root, "sub"), path.join(root, "sub-link"));
    fs.symlinkSync(outside, path.join(root, "outside-folder"));
    fs.symlinkSync(path.join(root, "nothing-here"), path.join(root, "dangling.txt"));
    fs.symlinkSync("loop-b.txt", path.join(root, "loop-a.txt"));
    fs.symlinkSync("loop-a.txt", path.join(root, "loop-b.txt"));
    execFileSync("mkfifo", [path.join(root, "pipe.txt")]);
    const expected: Record<string, string> = {
      self: "FOLDER_LINK",
      "sub-link": "FOLDER_LINK",
      "outside-folder": "SYMLINK_OUTSIDE",
      "dangling.txt": "DANGLING_LINK",
      "loop-a.txt": "UNREADABLE",
      "pipe.txt": "NOT_A_FILE",
    };
    for (const [name, code] of Object.entries(expected)) {
      const read = await readArticleFile(path.join(root, name), { root });
      expect(read, name).toMatchObject({ ok: false, code });
      if (read.ok) continue;
      expect(read.message, name).not.toContain(root);
      expect(read.message, name).not.toContain(outside);
      expect(read.message, name).not.toContain(os.tmpdir());
    }
  });
});
