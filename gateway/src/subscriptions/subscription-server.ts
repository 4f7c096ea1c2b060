import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { ForbiddenError, PortalError } from '@portal/errors';
import { openPortalEventHub, type PortalEventHub, type PortalEventSource } from '@portal/events';
import {
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  parse,
  print,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { type WebSocket, WebSocketServer } from 'ws';
import type { CallerVerifiers } from '../caller-identity.ts';
import type { GatewayContext } from '../gateway-context.ts';
import { operationCost } from '../query-cost.ts';
import { maxAliasesRule, maxDepthRule } from '../query-limits.ts';
import { CLOSE } from './close-codes.ts';
import { concurrencyLimit } from './concurrency-limit.ts';
import {
  authenticateConnection,
  ConnectionRefused,
  type SubscriberIdentity,
} from './connection-auth.ts';
import { type EventQuery, EventQueryError, toEventQuery } from './event-query.ts';
import { eventStream } from './event-stream.ts';

export interface SubscriptionLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  /** Open subscriptions on one connection. */
  subscriptionsPerConnection: number;
  /** Open subscriptions of one customer (or one partner key) across all its connections. */
  subscriptionsPerSubscriber: number;
}

export interface SubscriptionServerOptions {
  /** The gateway's HTTP server: WebSocket upgrades on `/graphql` are served beside Apollo. */
  httpServer: Server;
  /** Where portal events come from (see `@portal/events`). */
  events: PortalEventSource;
  verifiers: CallerVerifiers;
  /** The supergraph's API schema, once the gateway has loaded it. */
  schema(): GraphQLSchema | undefined;
  /** Runs a query through the gateway's normal execution (plugins, query plan, error masking). */
  execute(
    document: DocumentNode,
    variables: Record<string, unknown>,
    context: GatewayContext,
  ): Promise<FormattedExecutionResult>;
  clientIp(req: IncomingMessage): string;
  limits: SubscriptionLimits;
  logger: Logger;
  /** graphql-ws keep-alive ping interval; a client missing a pong is dropped. */
  keepAliveMs?: number;
  /** How often a partner key is checked again while connected (revocation). */
  apiKeyRecheckMs?: number;
  /** Event reads (gateway queries) running at once; the rest queue (default 32). */
  maxConcurrentReads?: number;
}

export interface SubscriptionServer {
  /** Open connections and subscriptions now (for the bench and health checks). */
  stats(): { connections: number; subscriptions: number };
  /** Closes every socket (1001 going away) and the event feed. */
  close(): Promise<void>;
}

interface Connection {
  subscriber: SubscriberIdentity;
  clientIp: string;
  open: number;
  timers: NodeJS.Timeout[];
}

/** What `onSubscribe` prepared, handed to `subscribe` in the execution arguments. */
interface Prepared {
  plan: EventQuery;
  /** `print(plan.document)`, the key of shared reads. */
  printed: string;
  connection: Connection;
  release(): void;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * graphql-ws on the gateway's own HTTP server and path. `@apollo/gateway` cannot execute
 * subscriptions, so the gateway serves them itself (docs/live-updates.md, ADR 008):
 * - `connection_init` carries the credentials, verified like an HTTP request's; refused with a
 *   close code (`close-codes.ts`); an access token's expiry closes the socket (4419);
 * - a subscription is validated against the supergraph's API schema with the query limits and
 *   turned into a query (`event-query.ts`);
 * - one LISTEN per process feeds every subscription (`@portal/events`); each event of the
 *   subscriber's (another customer's never reaches the stream) is re-read with that query and
 *   the subscriber's identity, and sent only when the read returns the object.
 */
export async function startSubscriptionServer(
  options: SubscriptionServerOptions,
): Promise<SubscriptionServer> {
  const { limits, logger } = options;
  const connections = new WeakMap<WebSocket, Connection>();
  const openBySubscriber = new Map<string, number>();
  let subscriptions = 0;
  /** Identical reads in flight (same caller, document, variables): run once, shared. */
  const inFlight = new Map<string, Promise<FormattedExecutionResult>>();
  /** Event reads running at once, across all subscriptions of this gateway. */
  const limitReads = concurrencyLimit(options.maxConcurrentReads ?? 32);

  // The feed first: when the database cannot be reached the gateway does not start half-way.
  let wss: WebSocketServer | undefined;
  const hub: PortalEventHub = await openPortalEventHub(options.events, {
    onGap() {
      // Events may have been missed while the feed was down: every client reconnects and its
      // onReconnected hook refetches (1012 is a "retry" code for graphql-ws clients).
      logger.warn('portal event feed reconnected; closing subscriptions so clients refetch');
      for (const socket of wss?.clients ?? []) {
        socket.close(CLOSE.EVENTS_MISSED, 'Events may have been missed');
      }
    },
    onError(error) {
      logger.error({ err: error }, 'portal event feed');
    },
  });
  const server = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: 100_000,
  });
  wss = server;

  const subscriberKey = ({ identity }: SubscriberIdentity) =>
    identity.kind === 'customer' ? `customer ${identity.customerId}` : `key ${identity.apiKeyId}`;

  function read(prepared: Prepared, id: string): Promise<FormattedExecutionResult> {
    const { plan, connection } = prepared;
    const variables = { ...plan.variables, [plan.idVariable]: id };
    const key = JSON.stringify([subscriberKey(connection.subscriber), prepared.printed, variables]);
    const running = inFlight.get(key);
    if (running) return running;
    const started = limitReads(() =>
      options.execute(plan.document, variables, {
        requestId: randomUUID(),
        identity: connection.subscriber.identity,
        clientIp: connection.clientIp,
        subscriptionEvent: true,
      }),
    ).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  }

  const refuse = (...errors: GraphQLError[]) => errors;

  const disposable = useServer<Record<string, unknown>>(
    {
      connectionInitWaitTimeout: 5_000,
      async onConnect(ctx) {
        const { socket, request } = ctx.extra;
        const requestId = randomUUID();
        let subscriber: SubscriberIdentity;
        try {
          subscriber = await authenticateConnection(
            ctx.connectionParams,
            requestId,
            options.verifiers,
          );
        } catch (error) {
          if (error instanceof ConnectionRefused) {
            socket.close(error.code, error.reason);
          } else {
            logger.error({ requestId, err: error }, 'could not verify a subscription connection');
            socket.close(CLOSE.VERIFICATION_UNAVAILABLE, 'Could not verify the credentials now');
          }
          return false;
        }
        const connection: Connection = {
          subscriber,
          clientIp: options.clientIp(request),
          open: 0,
          timers: [],
        };
        if (subscriber.expiresAt !== null) {
          const ms = Math.min(MAX_TIMER_MS, Math.max(0, subscriber.expiresAt - Date.now()));
          connection.timers.push(
            setTimeout(() => socket.close(CLOSE.TOKEN_EXPIRED, 'Access token expired'), ms),
          );
        }
        const apiKey = subscriber.apiKey;
        if (apiKey !== null) {
          const recheck = setInterval(() => {
            authenticateConnection({ apiKey }, randomUUID(), options.verifiers).catch((error) => {
              if (error instanceof ConnectionRefused) socket.close(error.code, error.reason);
            });
          }, options.apiKeyRecheckMs ?? 60_000);
          connection.timers.push(recheck);
        }
        connections.set(socket, connection);
        return true;
      },
      onClose(ctx) {
        const connection = connections.get(ctx.extra.socket);
        for (const timer of connection?.timers ?? []) clearTimeout(timer);
      },
      async onSubscribe(ctx, _id, payload) {
        const connection = connections.get(ctx.extra.socket);
        const schema = options.schema();
        if (!connection || !schema) {
          return refuse(new PortalError('INTERNAL', 'The gateway is not ready for subscriptions'));
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError) return refuse(error);
          throw error;
        }
        const invalid = validate(schema, document, [
          ...specifiedRules,
          maxDepthRule(limits.maxDepth),
          maxAliasesRule(limits.maxAliases),
        ]);
        if (invalid.length > 0) return invalid;
        let plan: EventQuery;
        try {
          plan = toEventQuery(schema, document, payload.operationName, payload.variables);
        } catch (error) {
          if (error instanceof EventQueryError) {
            return refuse(new PortalError('BAD_USER_INPUT', error.message));
          }
          throw error;
        }
        const { identity } = connection.subscriber;
        if (identity.kind === 'partner' && !identity.scopes.includes(plan.spec.scope)) {
          return refuse(new ForbiddenError(`This API key needs ${plan.spec.scope}`));
        }
        const cost = operationCost(schema, plan.operation, plan.fragments, plan.variables);
        if (cost > limits.maxCost) {
          return refuse(
            new GraphQLError(
              `Operation cost ${cost} exceeds the limit of ${limits.maxCost}; ask for fewer fields`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  limit: 'cost',
                  max: limits.maxCost,
                  cost,
                },
              },
            ),
          );
        }
        const key = subscriberKey(connection.subscriber);
        if (connection.open >= limits.subscriptionsPerConnection) {
          return refuse(
            new PortalError(
              'RATE_LIMITED',
              `At most ${limits.subscriptionsPerConnection} subscriptions per connection`,
            ),
          );
        }
        if ((openBySubscriber.get(key) ?? 0) >= limits.subscriptionsPerSubscriber) {
          return refuse(
            new PortalError(
              'RATE_LIMITED',
              `At most ${limits.subscriptionsPerSubscriber} open subscriptions per account or key`,
            ),
          );
        }
        connection.open += 1;
        openBySubscriber.set(key, (openBySubscriber.get(key) ?? 0) + 1);
        subscriptions += 1;
        let released = false;
        const prepared: Prepared = {
          plan,
          printed: print(plan.document),
          connection,
          release() {
            if (released) return;
            released = true;
            connection.open -= 1;
            subscriptions -= 1;
            const left = (openBySubscriber.get(key) ?? 1) - 1;
            if (left > 0) openBySubscriber.set(key, left);
            else openBySubscriber.delete(key);
          },
        };
        return {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: prepared,
        };
      },
      // Results are already formatted (the gateway's error masking ran); graphql-ws only
      // serializes them, so the formatted type stands in for ExecutionResult.
      subscribe(args) {
        const prepared = args.contextValue as Prepared;
        const { plan, connection } = prepared;
        const { identity } = connection.subscriber;
        const owner = identity.kind === 'partner' ? identity.owner : identity;
        return eventStream({
          hub,
          ...(owner.kind === 'customer' ? { customerId: owner.customerId } : {}),
          accepts: (event) =>
            event.type === plan.spec.eventType &&
            (plan.onlyId === null || event.id === plan.onlyId) &&
            (owner.kind === 'customer' || event.companyId === owner.companyId),
          async read(id) {
            let result: FormattedExecutionResult;
            try {
              result = await read(prepared, id);
            } catch (error) {
              // One failed read must not end the subscription; the next change is read again.
              logger.error({ err: error }, 'could not read a subscription event');
              return null;
            }
            const value = result.data?.[plan.responseKey];
            // Null: not (or no longer) visible to this subscriber — send nothing.
            if (value === null || value === undefined) return null;
            return {
              data: { [plan.responseKey]: value },
              ...(result.errors ? { errors: result.errors } : {}),
            };
          },
          onEnd: prepared.release,
        }) as unknown as AsyncGenerator<ExecutionResult>;
      },
    },
    server,
    options.keepAliveMs ?? 12_000,
  );

  return {
    stats: () => ({ connections: server.clients.size, subscriptions }),
    async close() {
      for (const socket of server.clients) {
        socket.close(CLOSE.GOING_AWAY, 'The gateway is shutting down');
      }
      await disposable.dispose();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await hub.close();
    },
  };
}
