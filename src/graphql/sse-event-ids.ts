import type { Plugin } from "graphql-yoga";

// Matches the cursor of an article event inside one SSE `data:` frame.
const CURSOR = /"cursor":"([A-Za-z0-9+/=]+)"/;

/**
 * Adds an `id:` line with the event cursor to every SSE frame that carries one, so a browser
 * EventSource that reconnects sends it back as `Last-Event-ID` and resumes where it stopped.
 */
export function useSseEventIds(): Plugin {
  return {
    onResponse({ response, setResponse }) {
      if (!response.headers.get("content-type")?.startsWith("text/event-stream") || !response.body) return;
      const decoder = new TextDecoder();
      const encoder = new TextEncoder();
      let pending = "";
      const withIds = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pending += decoder.decode(chunk, { stream: true });
          let cut = pending.indexOf("\n\n");
          while (cut >= 0) {
            const frame = pending.slice(0, cut + 2);
            pending = pending.slice(cut + 2);
            const cursor = frame.includes("data:") ? CURSOR.exec(frame)?.[1] : undefined;
            controller.enqueue(encoder.encode(cursor ? `id: ${cursor}\n${frame}` : frame));
            cut = pending.indexOf("\n\n");
          }
        },
        flush(controller) {
          if (pending) controller.enqueue(encoder.encode(pending));
        },
      });
      setResponse(
        new Response(response.body.pipeThrough(withIds), {
          status: response.status,
          headers: response.headers,
        }),
      );
    },
  };
}
