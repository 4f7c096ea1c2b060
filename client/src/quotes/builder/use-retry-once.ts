import { useEffect, useRef } from 'react';

/**
 * Asks again once, a second later, when a read fails: a dropped connection between the
 * gateway and a subgraph fails one request in a while, and a picker or a live price should not
 * stay broken for that until the customer types again. A failure that persists is shown.
 * `key` names the request (its variables): each new one gets its own retry.
 */
export function useRetryOnce(failed: boolean, retry: () => unknown, key: string): void {
  const retried = useRef<string | null>(null);
  const retryRef = useRef(retry);
  retryRef.current = retry;
  useEffect(() => {
    if (!failed || retried.current === key) return;
    const timer = setTimeout(() => {
      retried.current = key;
      Promise.resolve(retryRef.current()).catch(() => undefined);
    }, 1000);
    return () => clearTimeout(timer);
  }, [failed, key]);
}
