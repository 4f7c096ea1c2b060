export {
  createServiceMetrics,
  MAX_ERROR_CODES,
  MAX_OPERATION_NAMES,
  type ServiceMetrics,
} from './metrics.ts';
export {
  headerValue,
  type RouteHandler,
  type RunningServer,
  type ServeApolloOptions,
  sendJson,
  serveApollo,
} from './serve-apollo.ts';
