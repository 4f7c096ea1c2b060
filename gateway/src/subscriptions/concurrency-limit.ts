/**
 * Runs at most `max` tasks at once; the rest wait in order. Event reads go through one of
 * these: a burst of events for many subscribers must not open as many subgraph requests at
 * once (a 1000-read burst reset connections to the portal subgraph in the bench).
 */
export function concurrencyLimit(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
