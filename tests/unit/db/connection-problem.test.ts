import { randomUUID } from "node:crypto";
import { once } from "node:events";
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionProblem } from "../../../src/db/client.ts";
import { Prisma, PrismaClient } from "../../../src/generated/prisma/client.ts";

const SERVER = "postgresql://postgres@127.0.0.1:5432";

/** The rejection of `run`; fails the test when `run` succeeds. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

/** A local TCP server that handles each accepted socket with `onSocket`, on a free port. */
async function tcpServer(onSocket: (socket: net.Socket) => void): Promise<net.Server> {
  const server = net.createServer(onSocket);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return server;
}

const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port;

/** A port nothing listens on: a listener is opened there and closed again. */
async function closedPort(): Promise<number> {
  const server = await tcpServer(() => {});
  const port = portOf(server);
  server.close();
  await once(server, "close");
  return port;
}

/** Queries a model through Prisma and its pg adapter, the way the store does. */
async function prismaFailure(url: string, query: (prisma: PrismaClient) => Promise<unknown>) {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return await failureOf(() => query(prisma));
  } finally {
    await prisma.$disconnect();
  }
}

/** The shape of `DriverAdapterError` from @prisma/driver-adapter-utils: the mapped driver error is its `cause`. */
function driverAdapterError(cause: { kind: string; [key: string]: unknown }): Error {
  const error = new Error(typeof cause.message === "string" ? cause.message : cause.kind, { cause });
  error.name = "DriverAdapterError";
  return error;
}

/** A Prisma client error as the client throws it for a driver-adapter failure. */
function prismaError(code: string, message: string, cause: { kind: string; [key: string]: unknown }) {
  return new Prisma.PrismaClientKnownRequestError(message, {
    code,
    clientVersion: Prisma.prismaVersion.client,
    meta: { driverAdapterError: driverAdapterError(cause) },
  });
}

/** An error from the PostgreSQL server, shaped by pg-protocol. */
function serverError(code: string, severity: string, message: string): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, "error");
  error.code = code;
  error.severity = severity;
  return error;
}

describe("connectionProblem on real failures", () => {
  let port: number;
  const servers: net.Server[] = [];

  beforeAll(async () => {
    port = await closedPort();
  });

  afterAll(async () => {
    for (const server of servers) {
      server.close();
      server.unref();
    }
  });

  it("names a refused connection by its socket code", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
    const error = await failureOf(() => client.connect());
    expect((error as NodeJS.ErrnoException).code).toBe("ECONNREFUSED");
    expect(connectionProblem(error)).toBe("ECONNREFUSED");
    // Wrapped by the caller, the cause still counts.
    expect(connectionProblem(new Error("cannot ingest a.txt", { cause: error }))).toBe("ECONNREFUSED");
  });

  it("recognises a refused connection reported by Prisma, for model and raw queries", async () => {
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const model = await prismaFailure(url, (prisma) => prisma.source.findFirst());
    expect(model).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((model as Prisma.PrismaClientKnownRequestError).code).toBe("P1001");
    expect((model as Error).message).toContain("Can't reach database server");
    expect(connectionProblem(model)).toBe("P1001");
    // Raw queries get P2010 ("raw query failed"); the adapter's error inside still says why.
    const raw = await prismaFailure(url, (prisma) => prisma.$queryRaw`SELECT 1`);
    expect((raw as Prisma.PrismaClientKnownRequestError).code).toBe("P2010");
    expect(connectionProblem(raw)).toBe("DatabaseNotReachable");
  });

  it("recognises a server that accepts the connection but never answers", async () => {
    const silent = await tcpServer(() => {});
    servers.push(silent);
    const options = { host: "127.0.0.1", port: portOf(silent), connectionTimeoutMillis: 100 };
    const pool = new pg.Pool(options);
    const poolError = await failureOf(() => pool.query("SELECT 1"));
    await pool.end();
    expect(connectionProblem(poolError)).toBe("Connection terminated due to connection timeout");
    // The same through Prisma: the adapter passes errors it cannot map through unchanged.
    const prisma = new PrismaClient({ adapter: new PrismaPg(options) });
    try {
      const viaPrisma = await failureOf(() => prisma.source.findFirst());
      // Prisma's message is not read (it quotes the calling code); the driver error it wraps is.
      expect(connectionProblem(viaPrisma)).toMatch(/^Connection terminated/);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("recognises a pool with no free connection within its timeout", async () => {
    // The one connection is made with time to spare (a loaded machine can take more than 100 ms
    // to connect); only the wait for a free one has the short timeout.
    const pool = new pg.Pool({
      connectionString: `${SERVER}/postgres`,
      max: 1,
      connectionTimeoutMillis: 10_000,
    });
    const held = await pool.connect();
    (pool.options as { connectionTimeoutMillis: number }).connectionTimeoutMillis = 100;
    try {
      const error = await failureOf(() => pool.query("SELECT 1"));
      expect(connectionProblem(error)).toBe("timeout exceeded when trying to connect");
    } finally {
      held.release();
      await pool.end();
    }
  });

  it("recognises a server that hangs up during the start-up exchange", async () => {
    const rude = await tcpServer((socket) => socket.destroy());
    servers.push(rude);
    const client = new pg.Client({ host: "127.0.0.1", port: portOf(rude) });
    client.on("error", () => {});
    const error = await failureOf(() => client.connect());
    expect(connectionProblem(error)).toBe("Connection terminated unexpectedly");
  });

  it("recognises a connection the server terminates, and the client left unusable", async () => {
    const victim = new pg.Client({ connectionString: `${SERVER}/postgres` });
    const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
    await Promise.all([victim.connect(), admin.connect()]);
    try {
      const pid = (await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid;
      victim.on("error", () => {});
      const dropped = once(victim, "error");
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      const [error] = await dropped;
      expect((error as pg.DatabaseError).code).toBe("57P01");
      expect(connectionProblem(error)).toBe("terminating connection due to administrator command");
      const after = await failureOf(() => victim.query("SELECT 1"));
      expect(connectionProblem(after)).toBe((after as Error).message);
      expect((after as Error).message).toMatch(/not queryable|connection terminated/i);
    } finally {
      await admin.end();
      await victim.end().catch(() => {});
    }
  });

  it("returns null for a database that does not exist", async () => {
    const name = `seedgraph_missing_${randomUUID().replaceAll("-", "")}`;
    const client = new pg.Client({ connectionString: `${SERVER}/${name}` });
    const error = await failureOf(() => client.connect());
    expect((error as pg.DatabaseError).code).toBe("3D000");
    expect(connectionProblem(error)).toBeNull();
    const viaPrisma = await prismaFailure(`${SERVER}/${name}`, (prisma) => prisma.source.findFirst());
    expect((viaPrisma as Prisma.PrismaClientKnownRequestError).code).toBe("P1003");
    expect(connectionProblem(viaPrisma)).toBeNull();
  });

  it("returns null for a role the server does not know", async () => {
    const role = `seedgraph_nobody_${randomUUID().slice(0, 8)}`;
    const client = new pg.Client({ connectionString: `postgresql://${role}@127.0.0.1:5432/postgres` });
    const error = await failureOf(() => client.connect());
    expect((error as pg.DatabaseError).code).toBe("28000");
    expect(connectionProblem(error)).toBeNull();
  });

  it("returns null for invalid SQL", async () => {
    const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
    await client.connect();
    try {
      const error = await failureOf(() => client.query("SELEC 1"));
      expect((error as pg.DatabaseError).code).toBe("42601");
      expect(connectionProblem(error)).toBeNull();
    } finally {
      await client.end();
    }
  });
});

describe("connectionProblem on the shapes pg, Node and Prisma give", () => {
  it("prefers the server's message over its SQLSTATE for shutdown, start-up and too many clients", () => {
    for (const [code, message] of [
      ["57P01", "terminating connection due to administrator command"],
      ["57P02", "terminating connection because of crash of another server process"],
      ["57P03", "the database system is starting up"],
      ["53300", "sorry, too many clients already"],
    ] as const)
      expect(connectionProblem(serverError(code, "FATAL", message))).toBe(message);
  });

  it("falls back to the code when there is no server message", () => {
    const reset = Object.assign(new Error("read ECONNRESET"), {
      errno: -104,
      code: "ECONNRESET",
      syscall: "read",
    });
    expect(connectionProblem(reset)).toBe("ECONNRESET");
    const unknownHost = Object.assign(new Error("getaddrinfo ENOTFOUND db"), {
      errno: -3008,
      code: "ENOTFOUND",
      syscall: "getaddrinfo",
      hostname: "db",
    });
    expect(connectionProblem(unknownHost)).toBe("ENOTFOUND");
  });

  it("recognises the messages pg gives without a code", () => {
    for (const message of [
      "Connection terminated unexpectedly",
      "Client has encountered a connection error and is not queryable",
      "the database system is shutting down",
      "the database system is in recovery mode",
      "server closed the connection unexpectedly",
    ])
      expect(connectionProblem(new Error(message))).toBe(message);
  });

  it("recognises Prisma's connection error codes", () => {
    expect(
      connectionProblem(
        prismaError("P1001", "Can't reach database server at 127.0.0.1:5432", {
          kind: "DatabaseNotReachable",
          host: "127.0.0.1",
          port: 5432,
        }),
      ),
    ).toBe("P1001");
    expect(
      connectionProblem(prismaError("P1008", "Operation has timed out", { kind: "SocketTimeout" })),
    ).toBe("P1008");
    expect(
      connectionProblem(
        prismaError("P1017", "Server has closed the connection.", { kind: "ConnectionClosed" }),
      ),
    ).toBe("P1017");
    expect(
      connectionProblem(
        prismaError("P2037", "Too many database connections opened: sorry, too many clients already", {
          kind: "TooManyConnections",
          cause: "sorry, too many clients already",
        }),
      ),
    ).toBe("P2037");
  });

  it("looks into the adapter's error when Prisma's own code says nothing about connections", () => {
    // Raw queries: every adapter error becomes P2010.
    const closed = prismaError(
      "P2010",
      "Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`",
      {
        kind: "ConnectionClosed",
      },
    );
    expect(connectionProblem(closed)).toBe("ConnectionClosed");
    // Model queries: a server error without a Prisma code of its own becomes P2039.
    const message = "terminating connection due to administrator command";
    const terminated = prismaError("P2039", `Database error. Code: \`57P01\`. Message: \`${message}\``, {
      kind: "postgres",
      code: "57P01",
      severity: "FATAL",
      message,
    });
    expect(connectionProblem(terminated)).toBe(message);
    // The start-up message is recognised in Prisma's own message already.
    const starting = prismaError(
      "P2010",
      "Raw query failed. Code: `57P03`. Message: `the database system is starting up`",
      { kind: "postgres", code: "57P03", severity: "FATAL", message: "the database system is starting up" },
    );
    expect(connectionProblem(starting)).toMatch(/the database system is starting up/);
  });

  it("returns null for Prisma errors about the request or the credentials", () => {
    expect(
      connectionProblem(
        prismaError("P2002", "Unique constraint failed on the fields: (`url`)", {
          kind: "UniqueConstraintViolation",
          constraint: { fields: ["url"] },
        }),
      ),
    ).toBeNull();
    expect(
      connectionProblem(
        prismaError("P1000", "Authentication failed against the database server", {
          kind: "AuthenticationFailed",
          user: "postgres",
        }),
      ),
    ).toBeNull();
    const syntax = prismaError(
      "P2010",
      'Raw query failed. Code: `42601`. Message: `syntax error at or near "SELEC"`',
      {
        kind: "postgres",
        code: "42601",
        severity: "ERROR",
        message: 'syntax error at or near "SELEC"',
      },
    );
    expect(connectionProblem(syntax)).toBeNull();
  });

  it("looks through the attempts of an AggregateError", () => {
    const attempt = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}:5432`), {
        errno: -111,
        code: "ECONNREFUSED",
        syscall: "connect",
        address,
        port: 5432,
      });
    expect(connectionProblem(new AggregateError([attempt("::1"), attempt("127.0.0.1")]))).toBe(
      "ECONNREFUSED",
    );
    expect(connectionProblem(new AggregateError([new Error("bad input"), new TypeError("x")]))).toBeNull();
  });

  it("returns null for non-errors and survives a cycle of causes", () => {
    for (const value of [null, undefined, "ECONNREFUSED", 57, { code: 57 }])
      expect(connectionProblem(value)).toBeNull();
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(connectionProblem(a)).toBeNull();
  });
});

describe("connectionProblem and Prisma's own messages", () => {
  it("does not read a connection problem into a Prisma error that only quotes such words", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: `${SERVER}/postgres` }) });
    try {
      const error = await failureOf(() =>
        prisma.source.findFirst({
          where: { bogus: "the server closed the connection unexpectedly" },
        } as never),
      );
      expect(connectionProblem(error)).toBeNull();
    } finally {
      await prisma.$disconnect();
    }
  });

  it("recognises a bare client's connect timeout", () => {
    expect(connectionProblem(new Error("timeout expired"))).toBe("timeout expired");
  });
});
