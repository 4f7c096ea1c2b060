export {
  headerValue,
  type RouteHandler,
  type RunningServer,
  type ServeApolloOptions,
  sendJson,
  serveApollo,
} from './serve-apollo.ts';
