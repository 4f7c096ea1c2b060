import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createCompanyLinks, createDbCompanyDirectory } from '@portal/company-link';
import type { Db } from '@portal/db';
import { type Identity, identityFromHeaders } from '@portal/identity';
import { parse } from 'graphql';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { createAccountServices } from './auth/account-services.ts';
import {
  API_KEY_VERIFY_PATH,
  apiKeyVerifyRoute,
  JWKS_PATH,
  jwksRoute,
} from './auth/internal-routes.ts';
import type { PortalContext } from './context.ts';
import { createCompanyRows } from './data/company-rows.ts';
import { createQuoteRows } from './data/quote-rows.ts';
import type { Mailer } from './mail/mailer.ts';
import { withPermissions } from './permissions.ts';
import { createQuotePricer } from './quotes/quote-pricer.ts';
import { Admin } from './resolvers/Admin.ts';
import { AdminQuery } from './resolvers/AdminQuery.ts';
import { ApiKey } from './resolvers/ApiKey.ts';
import { Company } from './resolvers/Company.ts';
import { Customer } from './resolvers/Customer.ts';
import { MailMessage } from './resolvers/MailMessage.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import { Quote } from './resolvers/Quote.ts';

export { PASSWORD_POLICY } from './auth/password-policy.ts';
export { createSmtpMailer } from './mail/smtp-mailer.ts';

export const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

const resolvers: Resolvers = {
  Query,
  Mutation,
  Company,
  Customer,
  ApiKey,
  Admin,
  AdminQuery,
  MailMessage,
  Quote,
};

export interface PortalSubgraphOptions {
  db: Db;
  /** `GATEWAY_SIGNING_KEY`: only requests the gateway signed with it are served. */
  signingKey: Buffer;
  /** `AUTH_SIGNING_JWK` (private P-256 JWK, JSON) for access tokens; a throwaway key when absent. */
  authSigningJwk?: string | undefined;
  /** Mail over SMTP; the mail outbox (and the log) when absent. */
  mailer?: Mailer | undefined;
  /** Where the client is served: links in account mails point here (a function when it is
   * known only after start). */
  publicUrl?: string | (() => string) | undefined;
  log?: ((line: string) => void) | undefined;
  /**
   * `PORTAL_ENCRYPTION_KEY` (32 bytes): with it the portal reads company catalogs through
   * company-link and prices saved quotes on save; without it drafts save unpriced.
   */
  encryptionKey?: Buffer | undefined;
  /** Company call timeout for pricing on save, ms. */
  companyTimeoutMs?: number | undefined;
}

export function createPortalSubgraph(options: PortalSubgraphOptions) {
  const { db, signingKey } = options;
  const schema = withPermissions(
    buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]),
  );
  const server = new ApolloServer<PortalContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio: inline traces would only cost time in every response.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const companies = createCompanyRows(db);
  const quotes = createQuoteRows(db);
  const companyLinks = options.encryptionKey
    ? createCompanyLinks(createDbCompanyDirectory(db, options.encryptionKey, { ttlMs: 2000 }), {
        ...(options.companyTimeoutMs ? { timeoutMs: options.companyTimeoutMs } : {}),
      })
    : null;
  const accounts = createAccountServices({
    db,
    companies,
    signingJwk: options.authSigningJwk,
    mailer: options.mailer,
    publicUrl: options.publicUrl,
    log: options.log,
  });
  /** The context for a caller already established (`executeOperation` tests pass this). */
  const contextFor = async (identity: Identity, requestId: string): Promise<PortalContext> => ({
    requestId,
    identity,
    companies,
    accounts,
    quotes,
    // Per request: its catalog loaders must not outlive the request.
    quotePricer: companyLinks ? createQuotePricer(companyLinks) : null,
  });
  /** The HTTP context: refuses (401) any request the gateway did not sign for this request id. */
  const context = async (req: IncomingMessage, requestId: string): Promise<PortalContext> =>
    contextFor(identityFromHeaders(req.headers, requestId, signingKey), requestId);
  /** Served beside /graphql: the JWKS and the gateway's API key check. */
  const routes = {
    [JWKS_PATH]: jwksRoute(accounts.accessTokens),
    [API_KEY_VERIFY_PATH]: apiKeyVerifyRoute(accounts.apiKeys, signingKey),
  };
  return { server, context, contextFor, schema, routes, accounts };
}
