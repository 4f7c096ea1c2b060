import { createContext, type ReactNode, use, useEffect, useRef, useSyncExternalStore } from 'react';
import type { LiveConnection, LiveStatus } from './live-connection.ts';

const LiveContext = createContext<LiveConnection | null>(null);

/** Makes the app's one subscription connection available to the hooks below. */
export function LiveConnectionProvider({
  connection,
  children,
}: {
  connection: LiveConnection;
  children: ReactNode;
}) {
  return <LiveContext value={connection}>{children}</LiveContext>;
}

/** The connection's status (`idle` without a provider, e.g. in tests of single components). */
export function useLiveStatus(): LiveStatus {
  const connection = use(LiveContext);
  return useSyncExternalStore(
    (onChange) => connection?.onStatus(onChange) ?? (() => {}),
    () => connection?.status() ?? 'idle',
  );
}

/**
 * Calls `refetch` whenever the live connection is back after it was lost: changes made in
 * between were not pushed, so the page reads again what it shows (an order's timeline, a quote).
 */
export function useOnReconnected(refetch: () => unknown): void {
  const connection = use(LiveContext);
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => connection?.onReconnected(() => void latest.current()), [connection]);
}
