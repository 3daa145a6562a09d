// Entry point of the extraction thread (see extract-off-thread.ts). Plain JavaScript: a worker
// thread does not inherit the loader that lets the main thread run TypeScript, so this file loads
// the extractor through tsx itself. Each message is a text; each answer its extraction or error.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { extractArticle } = await tsImport("../extract/index.ts", import.meta.url);
parentPort.postMessage({ ready: true });

parentPort.on("message", (text) => {
  let answer;
  try {
    answer = { ok: true, extraction: extractArticle(text) };
  } catch (error) {
    answer = { ok: false, message: error?.message ?? String(error), stack: error?.stack };
  }
  parentPort.postMessage(answer);
});
