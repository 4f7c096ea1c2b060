import type { ApolloServerPlugin } from '@apollo/server';
import { RateLimitedError } from '@portal/errors';
import type { ApiKeyUsageRecorder } from './api-key-usage.ts';
import type { GatewayContext } from './gateway-context.ts';
import { fragmentsOf, rootFieldNames } from './operation-fields.ts';
import { RateLimiter, type RateLimitState } from './rate-limiter.ts';

/** Auth mutations limited per client IP, grouped so a group shares one budget. */
const AUTH_MUTATION_GROUPS: Record<string, string> = {
  signIn: 'sign-in',
  adminSignIn: 'sign-in',
  signUp: 'sign-up',
  // Sends a mail like sign-up does: the same budget keeps both from flooding an inbox.
  resendVerification: 'sign-up',
  requestPasswordReset: 'password-reset',
  resetPassword: 'password-reset',
};

export interface RateLimitOptions {
  /** Auth mutations per IP per group per minute (each aliased call counts). */
  authPerMinute: number;
  /** Operations per partner API key per minute. */
  apiKeyPerMinute: number;
  now?: () => number;
  /** Counts each partner key's requests for its owner (`ApiKey.usage`). */
  usage?: Pick<ApiKeyUsageRecorder, 'record'>;
  /** The partner keys' budgets, when shared with routes beside GraphQL (the quote PDF). */
  apiKeyLimiter?: RateLimiter;
}

/**
 * The IETF draft's headers (draft-ietf-httpapi-ratelimit-headers-07): the budget, what is left
 * of it and seconds until it refills, plus the policy (`120;w=60`: 120 per 60 s window).
 */
export function rateLimitHeaders(state: RateLimitState, windowSeconds: number) {
  return {
    'ratelimit-limit': String(state.limit),
    'ratelimit-remaining': String(state.remaining),
    'ratelimit-reset': String(state.resetSeconds),
    'ratelimit-policy': `${state.limit};w=${windowSeconds}`,
  };
}

/**
 * In-memory rate limits at the gateway: brute force on sign-in, sign-up and password reset per
 * IP, and each partner key's request budget. Refused with `RATE_LIMITED`, HTTP 429, a
 * `Retry-After` header and `extensions.retryAfter` (seconds). Every response to a partner key,
 * and to a limited auth mutation, carries the `RateLimit-*` headers of its budget; a partner
 * key's requests are counted for its owner (`usage`).
 */
export function rateLimitPlugin(options: RateLimitOptions): ApolloServerPlugin<GatewayContext> {
  const auth = new RateLimiter(options.authPerMinute, 60_000, options.now);
  const apiKeys =
    options.apiKeyLimiter ?? new RateLimiter(options.apiKeyPerMinute, 60_000, options.now);
  return {
    async requestDidStart() {
      /** The budget this request was counted against (the tightest one), for the headers. */
      let budget: { state: RateLimitState; windowSeconds: number } | undefined;
      let refused = false;
      const tighter = (state: RateLimitState, windowSeconds: number) => {
        if (budget && !budget.state.allowed) return; // the budget that refused is the one told
        if (!budget || !state.allowed || state.remaining < budget.state.remaining) {
          budget = { state, windowSeconds };
        }
      };
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return; // no such operation: execution answers that
          const { identity, clientIp } = contextValue;
          if (identity.kind === 'partner' && !contextValue.subscriptionEvent) {
            const state = apiKeys.attempt(identity.apiKeyId);
            tighter(state, apiKeys.windowSeconds);
            if (!state.allowed) {
              refused = true;
              throw new RateLimitedError(
                `This API key made too many requests; retry in ${state.resetSeconds} s`,
                state.resetSeconds,
              );
            }
          }
          if (operation.operation !== 'mutation') return;
          const attempts = new Map<string, number>();
          for (const field of rootFieldNames(operation, fragmentsOf(document))) {
            const group = AUTH_MUTATION_GROUPS[field];
            if (group) attempts.set(group, (attempts.get(group) ?? 0) + 1);
          }
          for (const [group, count] of attempts) {
            const state = auth.attempt(`${group} ${clientIp}`, count);
            tighter(state, auth.windowSeconds);
            if (!state.allowed) {
              throw new RateLimitedError(
                `Too many attempts; retry in ${state.resetSeconds} s`,
                state.resetSeconds,
              );
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          const { identity } = contextValue;
          const partner = identity?.kind === 'partner' && !contextValue.subscriptionEvent;
          // A partner request refused before an operation was chosen (parse or validation
          // error) did not count, but still tells where its budget stands.
          if (!budget && partner) {
            budget = {
              state: apiKeys.peek(identity.apiKeyId),
              windowSeconds: apiKeys.windowSeconds,
            };
          }
          if (budget) {
            for (const [name, value] of Object.entries(
              rateLimitHeaders(budget.state, budget.windowSeconds),
            )) {
              response.http.headers.set(name, value);
            }
          }
          if (partner && options.usage) {
            const body = response.body;
            const failed =
              (response.http.status ?? 200) >= 400 ||
              (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
            options.usage.record(
              identity.apiKeyId,
              refused ? 'rate-limited' : failed ? 'error' : 'ok',
            );
          }
        },
      };
    },
  };
}
