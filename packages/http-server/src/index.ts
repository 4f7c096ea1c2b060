export {
  createServiceMetrics,
  MAX_ERROR_CODES,
  MAX_OPERATION_NAMES,
  type ServiceMetrics,
} from './metrics.ts';
export {
  createRecentErrors,
  type ErrorLike,
  isUnexpectedError,
  RECENT_ERRORS_CAPACITY,
  RECENT_ERRORS_PATH,
  type RecentError,
  type RecentErrors,
  redactSecrets,
} from './recent-errors.ts';
export {
  headerValue,
  type RouteHandler,
  type RunningServer,
  type ServeApolloOptions,
  sendJson,
  serveApollo,
} from './serve-apollo.ts';
