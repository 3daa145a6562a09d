import fs from "node:fs";
import { afterAll, beforeAll, onTestFinished } from "vitest";
import type { Config } from "../../src/config.ts";
import type { Logger } from "../../src/logger.ts";
import type { Service } from "../../src/main.ts";
import { makeSeedsDir, startTestApp } from "./test-app.ts";
import { createTestDb, type TestDb } from "./test-db.ts";

export interface TestServiceOptions {
  /** Seed files copied into the service's folder: all five by default, `[]` for an empty folder. */
  files?: string[];
  /** An embedded database in a temp folder instead of one on the run's PostgreSQL server. */
  embedded?: boolean;
  /** Configuration over the test defaults (any free port, silent log, no Redis). */
  config?: Partial<Config>;
  /** Whether a start resolves once the start-up reconciliation is done (the default) or at once. */
  waitForReconcile?: boolean;
  logger?: Logger;
}

/**
 * A service of its own (database, seeds folder, running service) for the tests of a `describe`
 * or of one test. Each getter throws a clear error when read before the set-up ran.
 */
export interface TestService {
  /** The running service. */
  readonly service: Service;
  /** Its GraphQL endpoint (`http://127.0.0.1:<port>/graphql`). */
  readonly url: string;
  /** The folder it mirrors (a temp copy of the chosen seeds). */
  readonly seedsDir: string;
  /** Its database (see `service.db` for the service's open client on it). */
  readonly db: TestDb;
  /** Stops the service; the database and the folder stay until the tear-down. */
  stop(): Promise<void>;
  /** Starts the service again on the same database and folder, with the same options. */
  start(): Promise<Service>;
  /** `stop()`, then `start()`. */
  restart(): Promise<Service>;
}

type Options = TestServiceOptions | (() => TestServiceOptions);

/** What was created, torn down in reverse order, whichever steps the set-up reached. */
class Fixture implements TestService {
  #options: TestServiceOptions = {};
  #db: TestDb | undefined;
  #seedsDir: string | undefined;
  #service: Service | undefined;
  #setUp = false;

  readonly #owner: string;
  readonly #given: Options;

  constructor(owner: string, given: Options) {
    this.#owner = owner;
    this.#given = given;
  }

  get service(): Service {
    if (this.#service) return this.#service;
    throw new Error(
      this.#setUp
        ? `${this.#owner}: the service is not running (stopped, or its start failed); start() it first`
        : `${this.#owner}: the service is read before its set-up ran (read it in a test or a later hook)`,
    );
  }

  get url(): string {
    return this.service.url;
  }

  get seedsDir(): string {
    return this.#seedsDir ?? this.#notSetUp("seedsDir");
  }

  get db(): TestDb {
    return this.#db ?? this.#notSetUp("db");
  }

  async setUp(): Promise<void> {
    this.#options = typeof this.#given === "function" ? this.#given() : this.#given;
    this.#db = await createTestDb({ embedded: this.#options.embedded });
    this.#seedsDir = makeSeedsDir(this.#options.files);
    this.#setUp = true;
    await this.start();
  }

  async start(): Promise<Service> {
    if (this.#service) throw new Error(`${this.#owner}: the service is running already; stop() it first`);
    const { config, waitForReconcile, logger } = this.#options;
    this.#service = await startTestApp(this.db, this.seedsDir, config, { waitForReconcile, logger });
    return this.#service;
  }

  async stop(): Promise<void> {
    const service = this.#service;
    this.#service = undefined;
    await service?.stop();
  }

  async restart(): Promise<Service> {
    await this.stop();
    return this.start();
  }

  /** Stops the service, removes the folder and drops the database: each step even if one before failed. */
  async tearDown(): Promise<void> {
    const errors: unknown[] = [];
    const step = async (fn: () => unknown) => {
      try {
        await fn();
      } catch (error) {
        errors.push(error);
      }
    };
    await step(() => this.stop());
    const seedsDir = this.#seedsDir;
    this.#seedsDir = undefined;
    if (seedsDir) await step(() => fs.rmSync(seedsDir, { recursive: true, force: true }));
    const db = this.#db;
    this.#db = undefined;
    if (db) await step(() => db.drop());
    this.#setUp = false;
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${this.#owner}: the tear-down failed`);
  }

  #notSetUp(name: string): never {
    throw new Error(
      `${this.#owner}: ${name} is read before its set-up ran (read it in a test or a later hook)`,
    );
  }
}

/**
 * A service for the tests of the enclosing `describe`: its `beforeAll` creates the database and
 * the seeds folder and starts the service, its `afterAll` tears them down in reverse order, even
 * after a set-up that failed halfway. Hooks registered after this call run after its set-up and
 * before its tear-down. `options` may be a function, called in the `beforeAll`.
 */
export function useTestService(options: Options = {}): TestService {
  const fixture = new Fixture("useTestService", options);
  beforeAll(() => fixture.setUp());
  afterAll(() => fixture.tearDown());
  return fixture;
}

/** A service for the calling test alone, torn down when the test has finished (passed or not). */
export async function startTestService(options: Options = {}): Promise<TestService> {
  const fixture = new Fixture("startTestService", options);
  onTestFinished(() => fixture.tearDown());
  await fixture.setUp();
  return fixture;
}
