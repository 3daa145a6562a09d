import http from "node:http";
import type { AddressInfo } from "node:net";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga } from "graphql-yoga";
import type { Database } from "./db/client.ts";
import { StartupError } from "./errors.ts";
import { createContext } from "./graphql/context.ts";
import { buildSchema } from "./graphql/schema.ts";
import type { Logger } from "./logger.ts";

/** GraphQL endpoint path (HTTP, SSE and WebSocket). */
export const GRAPHQL_PATH = "/graphql";

const EXAMPLE_QUERY = `# Articles ingested from seeds/, newest first.
{
  articles(first: 10) {
    totalCount
    edges {
      node {
        path
        title
        publishedOn
        source { name }
        url
      }
    }
  }
}
`;

export interface AppDeps {
  db: Database;
  logger: Logger;
}

export interface RunningApp {
  port: number;
  url: string;
}

export interface App {
  /** Starts listening (port 0 picks a free one). */
  start(port: number, host?: string): Promise<RunningApp>;
  /** Closes sockets and the HTTP server; the database belongs to the caller. */
  stop(): Promise<void>;
  /** Yoga's fetch, for in-process requests in tests. */
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
}

/** Builds the HTTP + GraphQL app; nothing listens until `start`. */
export function buildApp(deps: AppDeps): App {
  const yoga = createYoga({
    schema: buildSchema({ prisma: deps.db.prisma }),
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => createContext(),
    graphiql: { title: "seedgraph", defaultQuery: EXAMPLE_QUERY },
    renderGraphiQL,
    landingPage: false,
    logging: {
      debug: (...args) => deps.logger.debug(args.map(String).join(" ")),
      info: (...args) => deps.logger.debug(args.map(String).join(" ")),
      warn: (...args) => deps.logger.warn(args.map(String).join(" ")),
      error: (...args) => deps.logger.error(args.map(String).join(" ")),
    },
  });
  const server = http.createServer(yoga);
  const sockets = new Set<import("node:net").Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  return {
    fetch: async (url, init) => yoga.fetch(url, init ?? {}),
    start(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          server.off("listening", onListening);
          if (error.code === "EADDRINUSE")
            reject(new StartupError(`port ${port} is already in use (set PORT)`));
          else if (error.code === "EACCES")
            reject(new StartupError(`no permission to listen on port ${port}`));
          else reject(error);
        };
        const onListening = () => {
          server.off("error", onError);
          const address = server.address() as AddressInfo;
          resolve({ port: address.port, url: `http://localhost:${address.port}${GRAPHQL_PATH}` });
        };
        server.once("error", onError);
        server.once("listening", onListening);
        server.listen(port, host);
      });
    },
    async stop() {
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
