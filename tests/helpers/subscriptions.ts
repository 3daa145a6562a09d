import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { AsyncQueue } from "./wait-for.ts";

/** A running subscription: its results in a queue, and how to end it. */
export interface Subscription<R> {
  results: AsyncQueue<R>;
  /** Errors or completion, for tests that expect the server to end the stream. */
  ended: Promise<{ error?: unknown }>;
  /** SSE only: the `id:` of each frame that had one, in order. */
  ids: string[];
  dispose(): void;
}

/** A graphql-ws client on a real socket to `httpUrl` (http → ws). */
export function wsClient(httpUrl: string): Client {
  return createClient({
    url: httpUrl.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    // A server that stops under a connected client is what some tests do on purpose; each
    // subscription reports its own end through `ended`.
    onNonLazyError: () => {},
  });
}

/** Subscribes over graphql-ws with a typed document. */
export function subscribeWs<R, V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<R, V>,
  variables: V,
): Subscription<R> {
  const results = new AsyncQueue<R>();
  let settle: (v: { error?: unknown }) => void = () => {};
  const ended = new Promise<{ error?: unknown }>((resolve) => {
    settle = resolve;
  });
  const dispose = client.subscribe<R>(
    { query: print(document), variables },
    {
      next: (value) => {
        if (value.errors?.length) settle({ error: value.errors });
        else if (value.data) results.push(value.data as R);
      },
      error: (error) => settle({ error }),
      complete: () => settle({}),
    },
  );
  return { results, ended, ids: [], dispose };
}

/**
 * Subscribes over SSE (graphql-yoga's text/event-stream) with fetch, parsing `data:` lines.
 * `headers` can carry `Last-Event-ID`.
 */
export function subscribeSse<R, V>(
  url: string,
  document: TypedDocumentNode<R, V>,
  variables: V,
  headers: Record<string, string> = {},
): Subscription<R> {
  const results = new AsyncQueue<R>();
  const ids: string[] = [];
  const controller = new AbortController();
  const ended = (async () => {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
        body: JSON.stringify({ query: print(document), variables }),
        signal: controller.signal,
      });
      if (!res.body) return { error: new Error(`no body (${res.status})`) };
      const decoder = new TextDecoder();
      let buffer = "";
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const id = frame.split("\n").find((l) => l.startsWith("id:"));
          if (id) ids.push(id.slice(3).trim());
          const data = frame
            .split("\n")
            .filter((l) => l.startsWith("data:"))
            .map((l) => l.slice(5).trim())
            .join("\n");
          if (!data) continue;
          const payload = JSON.parse(data) as { data?: R; errors?: unknown[] };
          if (payload.errors?.length) return { error: payload.errors };
          if (payload.data) results.push(payload.data);
        }
      }
      return {};
    } catch (error) {
      return controller.signal.aborted ? {} : { error };
    }
  })();
  return { results, ended, ids, dispose: () => controller.abort() };
}
