/**
 * Runs a query's `refetch` for a retry button. The outcome, failure included, reaches the
 * screen through the query hook's own state, so the returned promise is not needed; its
 * rejection is absorbed only to keep it from being reported as unhandled.
 */
export function retryQuery(refetch: () => Promise<unknown>): void {
  refetch().catch(() => undefined);
}
