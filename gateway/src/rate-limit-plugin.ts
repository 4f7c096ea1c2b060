import type { ApolloServerPlugin } from '@apollo/server';
import { RateLimitedError } from '@portal/errors';
import type { GatewayContext } from './gateway-context.ts';
import { fragmentsOf, rootFieldNames } from './operation-fields.ts';
import { RateLimiter } from './rate-limiter.ts';

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
}

/**
 * In-memory rate limits at the gateway: brute force on sign-in, sign-up and password reset per
 * IP, and each partner key's request budget. Refused with `RATE_LIMITED`, HTTP 429, a
 * `Retry-After` header and `extensions.retryAfter` (seconds).
 */
export function rateLimitPlugin(options: RateLimitOptions): ApolloServerPlugin<GatewayContext> {
  const auth = new RateLimiter(options.authPerMinute, 60_000, options.now);
  const apiKeys = new RateLimiter(options.apiKeyPerMinute, 60_000, options.now);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return; // no such operation: execution answers that
          const { identity, clientIp } = contextValue;
          if (identity.kind === 'partner' && !contextValue.subscriptionEvent) {
            const wait = apiKeys.take(identity.apiKeyId);
            if (wait) {
              throw new RateLimitedError(
                `This API key made too many requests; retry in ${wait} s`,
                wait,
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
            const wait = auth.take(`${group} ${clientIp}`, count);
            if (wait) {
              throw new RateLimitedError(`Too many attempts; retry in ${wait} s`, wait);
            }
          }
        },
      };
    },
  };
}
