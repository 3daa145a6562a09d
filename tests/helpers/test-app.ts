import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { Config } from "../../src/config.ts";
import { type Logger, silentLogger } from "../../src/logger.ts";
import { type Service, startService } from "../../src/main.ts";
import type { TestDb } from "./test-db.ts";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
export const SEEDS = path.join(REPO_ROOT, "seeds");

/** A temp folder with copies of the given seed files (all five by default). */
export function makeSeedsDir(files?: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seedgraph-seeds-"));
  for (const name of files ?? fs.readdirSync(SEEDS))
    fs.copyFileSync(path.join(SEEDS, name), path.join(dir, name));
  return dir;
}

/**
 * Starts the real service (migrate, listen on a free port, reconcile and watch) against a test
 * database; by default it resolves once the start-up reconciliation is done.
 */
export async function startTestApp(
  db: TestDb,
  seedsDir: string,
  overrides: Partial<Config> = {},
  options: { waitForReconcile?: boolean; logger?: Logger } = {},
): Promise<Service> {
  const config: Config = {
    databaseUrl: db.url,
    port: 0,
    host: "127.0.0.1",
    seedsDir,
    dataDir: db.dataDir,
    logLevel: "silent",
    redisUrl: undefined,
    ...overrides,
  };
  const service = await startService(config, options.logger ?? silentLogger);
  if (options.waitForReconcile !== false) await service.reconciled;
  return service;
}

/**
 * Runs a typed operation over HTTP; fails with the operation and the response body printed
 * when the server answers with errors.
 */
export async function gql<R, V>(
  url: string,
  document: TypedDocumentNode<R, V>,
  ...[variables]: V extends Record<string, never> ? [] : [V]
): Promise<R> {
  const query = print(document);
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: unknown[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL request failed (${res.status})\n${query}\n${JSON.stringify(body, null, 2)}`);
  }
  return body.data;
}

/** Sends raw GraphQL (for error cases) and returns the whole JSON body. */
export async function rawGql(
  url: string,
  query: string,
  variables?: unknown,
): Promise<{ data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as never;
}
