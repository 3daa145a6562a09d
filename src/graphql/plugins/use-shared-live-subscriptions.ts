import { isAsyncIterable, type Plugin } from "graphql-yoga";
import {
  eitherOf,
  liveShareKey,
  SHARED_AROUND_ENVELOP,
  type SharedSubscriptions,
} from "../../live/shared-subscriptions.ts";

/**
 * Puts identical live subscriptions ({@link liveShareKey}) into one shared execution, for the
 * transports that go through Yoga's envelop: SSE (graphql-ws is shared around it, see
 * {@link SHARED_AROUND_ENVELOP}, when it marks its operations). The shared execution gets
 * a context of its own whose signal ends when its last subscriber leaves or `stop` aborts, not
 * with the socket or request of the subscriber that happened to start it. Hooks that other
 * plugins put on subscription results still run for each subscriber.
 *
 * A subscriber joins at once, so it must also leave when nobody will read its stream: when its
 * own signal aborts (its client went away, even before the response started), and when Yoga
 * found no format the request accepts (a 406 answer never reads the stream it was given).
 */
export function useSharedLiveSubscriptions(shared: SharedSubscriptions, stop: AbortSignal): Plugin {
  return {
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      if ((args.rootValue as { [SHARED_AROUND_ENVELOP]?: true } | undefined)?.[SHARED_AROUND_ENVELOP]) return;
      const key = liveShareKey(args);
      if (key === null) return;
      setSubscribeFn(async (subscriber) => {
        const own = (subscriber.contextValue as { signal?: unknown } | undefined)?.signal;
        return shared.subscribe(
          key,
          async (signal) =>
            subscribeFn({
              ...subscriber,
              contextValue: { ...subscriber.contextValue, signal: eitherOf(signal, stop) },
            }),
          own instanceof AbortSignal ? own : undefined,
        );
      });
    },
    onResultProcess({ result, resultProcessor }) {
      // This plugin comes last: no format chosen by now means a 406.
      if (!resultProcessor && isAsyncIterable(result)) void result[Symbol.asyncIterator]().return?.();
    },
  };
}
