import http from "node:http";
import type { AddressInfo } from "node:net";
import { StartupError } from "./errors.ts";

/** A port claimed for the service before it is ready to serve on it. */
export interface PortHold {
  /** The port held (the one the system chose when asked for 0). */
  port: number;
  /** Stops listening (closing the connections it answered) so the service can listen there. */
  release(): Promise<void>;
}

/**
 * Listens on `port` at once, so that a port in use or refused ends the start before the database
 * is opened, migrated and reconciled (which took 25 s on a large folder). Until released, every
 * request gets 503 `starting` with `Retry-After: 1`: a client or a load balancer asking early learns
 * to come back.
 */
export function holdPort(port: number, host: string): Promise<PortHold> {
  const server = http.createServer((_request, response) => {
    response.writeHead(503, { "content-type": "application/json", "retry-after": "1", connection: "close" });
    response.end(JSON.stringify({ ready: false, checks: { service: "starting" } }));
  });
  return listenOn(server, port, host).then((address) => ({
    port: address.port,
    release: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  }));
}

/**
 * Listens with `server` on `port`; resolves with the address bound. A port in use or refused is
 * a `StartupError` of one line; other errors come as they are.
 */
export function listenOn(server: http.Server, port: number, host?: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") reject(new StartupError(`port ${port} is already in use (set PORT)`));
      else if (error.code === "EACCES") reject(new StartupError(`no permission to listen on port ${port}`));
      else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address() as AddressInfo);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}
