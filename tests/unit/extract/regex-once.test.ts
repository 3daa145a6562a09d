/**
 * Every pattern of the extractor is created once, when its module loads. V8 forgets the compiled
 * code of a regex created afresh on each call (a literal in a function body, a `matchAll` copy)
 * after two full garbage collections, while a module-level regex keeps its code: the first article
 * after a quiet spell compiled some twenty patterns again. So no regex literal may stand inside a
 * function (a callback run at load time included), and no `matchAll`, which copies its regex
 * (`execAll` in lexicon-regex.ts drives the regex itself), in src/extract or the file reader.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const extractFiles = readdirSync(path.join(repoRoot, "src/extract"), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join("src/extract", f))
  .sort();

interface Found {
  literals: string[];
  matchAll: string[];
}

/** The regex literals inside function bodies and the `.matchAll(` calls of one file, as `file:line …`. */
function scan(file: string): Found {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(repoRoot, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: Found = { literals: [], matchAll: [] };
  const where = (n: ts.Node) =>
    `${file}:${source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1} ${n.getText(source).slice(0, 60)}`;
  const visit = (n: ts.Node, inFunction: boolean) => {
    const inside = inFunction || ts.isFunctionLike(n);
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral && inside) found.literals.push(where(n));
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === "matchAll"
    )
      found.matchAll.push(where(n));
    ts.forEachChild(n, (c) => visit(c, inside));
  };
  visit(source, false);
  return found;
}

describe("patterns created once", () => {
  it("finds the extractor's sources", () => {
    expect(extractFiles).toContain(path.join("src/extract", "index.ts"));
    expect(extractFiles.some((f) => f.startsWith(path.join("src/extract", "data")))).toBe(true);
  });

  it("has no regex literal inside a function body in src/extract", () => {
    expect(extractFiles.flatMap((f) => scan(f).literals)).toEqual([]);
  });

  it("has no matchAll call in src/extract or the file reader", () => {
    const files = [...extractFiles, "src/ingest/reader.ts"];
    expect(files.flatMap((f) => scan(f).matchAll)).toEqual([]);
  });
});
