import { AsyncLocalStorage } from 'node:async_hooks';

/** What follows one incoming request through its asynchronous work (resolvers, company calls). */
export interface RequestContext {
  /** The request id (`x-request-id`), the same in the gateway, the subgraphs and company calls. */
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `requestId` as the current request's id (serveApollo does it per request). */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The id of the request whose work is running now; undefined outside a request (workers). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
