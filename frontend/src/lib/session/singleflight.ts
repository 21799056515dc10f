// One refresh per refresh token, however many requests need it at once.
//
// Why: the API rotates refresh tokens (the old one stops working once used). When a page fires
// several requests in parallel with an expired access token, each would try to refresh with the same
// refresh token, and all but the first would fail and log the user out. Here the first caller runs
// the refresh; callers arriving while it is in flight share its promise, and callers arriving shortly
// after (their cookie still holds the old token) get the same result for `graceMs`.
// Failures are shared only while in flight: a later attempt tries again.

export interface SingleFlight<T> {
  run(key: string, task: () => Promise<T>): Promise<T>;
  /** Keys in flight or remembered (for tests and diagnostics). */
  size(): number;
}

export function createSingleFlight<T>(options: { graceMs: number; now?: () => number; maxRemembered?: number }): SingleFlight<T> {
  const now = options.now ?? Date.now;
  const maxRemembered = options.maxRemembered ?? 10_000;
  const inFlight = new Map<string, Promise<T>>();
  const remembered = new Map<string, { value: T; until: number }>();

  function prune(at: number) {
    for (const [key, entry] of remembered) {
      if (entry.until <= at) remembered.delete(key);
    }
    // Bound memory even under a flood of distinct keys: drop the oldest (Map keeps insertion order).
    while (remembered.size > maxRemembered) {
      const oldest = remembered.keys().next().value;
      if (oldest === undefined) break;
      remembered.delete(oldest);
    }
  }

  return {
    run(key, task) {
      const at = now();
      prune(at);
      const recent = remembered.get(key);
      if (recent) return Promise.resolve(recent.value);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const promise = (async () => {
        try {
          const value = await task();
          if (options.graceMs > 0) remembered.set(key, { value, until: now() + options.graceMs });
          return value;
        } finally {
          inFlight.delete(key);
        }
      })();
      inFlight.set(key, promise);
      return promise;
    },
    size() {
      return inFlight.size + remembered.size;
    },
  };
}
