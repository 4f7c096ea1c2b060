import { randomBytes } from 'node:crypto';
import { migrate } from '@portal/db';
import { type Engine, openTestDb, type TestDb } from '@portal/db/testing';
import { type RunningServer, serveApollo } from '@portal/http-server';
import { ANONYMOUS, type Identity } from '@portal/identity';
import type { Logger } from 'pino';
import type { Mailer } from '../src/mail/mailer.ts';
import { createPortalSubgraph } from '../src/server.ts';

export const MIGRATIONS = new URL('../../../supabase/migrations', import.meta.url).pathname;
export const PUBLIC_URL = 'http://portal.test';
/** Meets the password policy. */
export const GOOD_PASSWORD = 'Gyalulap-2026';

/** Tests read results loosely, by the shape of the operation they sent. */
export interface GraphQLResult {
  // biome-ignore lint/suspicious/noExplicitAny: shaped by each test's own operation
  data?: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: unknown[] }>;
}

/**
 * A migrated test database with three companies (two active) and the portal subgraph over it,
 * run in-process with `executeOperation` as any identity.
 */
export async function startPortalHarness(
  engine: Engine,
  options: {
    mailer?: Mailer;
    http?: boolean;
    devMailbox?: boolean;
    /** PORTAL_ENCRYPTION_KEY (company keys); none when absent. */
    encryptionKey?: Buffer;
    /** The portal's log lines; dropped when absent. */
    log?: (line: string) => void;
    /** The HTTP server's JSON logger (with `http`); pino to stdout when absent. */
    logger?: Logger;
  } = {},
) {
  const db: TestDb = await openTestDb(engine);
  await migrate(db, MIGRATIONS);
  const rows = await db.query<{ id: string; slug: string }>(
    `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext) values
       ('Zeta Kft.', 'zeta', true, 'http://zeta.test', 'v1:a'),
       ('Alfa Bt.', 'alfa', true, 'http://alfa.test', 'v1:b'),
       ('Régi Zrt.', 'regi', false, 'http://regi.test', 'v1:c')
     returning id, slug`,
  );
  const companyIds = Object.fromEntries(rows.map((r) => [r.slug, r.id])) as Record<
    'zeta' | 'alfa' | 'regi',
    string
  >;
  const signingKey = randomBytes(32);
  const subgraph = createPortalSubgraph({
    db,
    signingKey,
    publicUrl: PUBLIC_URL,
    log: options.log ?? (() => {}),
    ...(options.encryptionKey ? { encryptionKey: options.encryptionKey } : {}),
    // Like the embedded default unless a test says otherwise.
    devMailbox: options.devMailbox ?? true,
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  // Served over HTTP (the internal routes), or started for in-process operations only.
  let http: RunningServer | undefined;
  if (options.http) {
    http = await serveApollo({
      name: 'portal',
      ...subgraph,
      ...(options.logger ? { logger: options.logger } : {}),
    });
  } else {
    await subgraph.server.start();
  }

  async function run(
    query: string,
    variables?: Record<string, unknown>,
    identity: Identity = ANONYMOUS,
  ): Promise<GraphQLResult> {
    const response = await subgraph.server.executeOperation(
      { query, ...(variables ? { variables } : {}) },
      { contextValue: await subgraph.contextFor(identity, 'test-request') },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as GraphQLResult;
  }

  /** The identity the gateway would derive from this access token. */
  async function identityOf(accessToken: string): Promise<Identity> {
    const claims = await subgraph.accounts.accessTokens.verify(accessToken);
    if (claims.portal_kind === 'admin') {
      return {
        kind: 'admin',
        adminId: claims.sub,
        email: claims.email,
        role: claims.admin_role!,
        sessionId: claims.sid,
      };
    }
    return { kind: 'customer', customerId: claims.sub, email: claims.email, sessionId: claims.sid };
  }

  /** The token of the newest outbox mail to `to` of `kind`. */
  async function tokenFromOutbox(to: string, kind: 'verification' | 'password_reset') {
    const [mail] = await db.query<{ link: string }>(
      `select link from mail_outbox where lower(to_address) = lower($1) and kind = $2
        order by created_at desc limit 1`,
      [to, kind],
    );
    if (!mail) throw new Error(`no ${kind} mail to ${to}`);
    return new URL(mail.link).searchParams.get('token')!;
  }

  async function signUp(email: string, extra: Record<string, unknown> = {}) {
    const r = await run(SIGN_UP, {
      input: { email, password: GOOD_PASSWORD, name: 'Kovács Anna', ...extra },
    });
    if (!r.data?.signUp.ok) throw new Error(`sign-up failed: ${JSON.stringify(r)}`);
    return r.data.signUp.customerId as string;
  }

  /** A verified, signed-in customer: their id, session and identity. */
  async function customer(email: string, extra: Record<string, unknown> = {}) {
    const customerId = await signUp(email, extra);
    const token = await tokenFromOutbox(email, 'verification');
    await run(VERIFY, { token });
    const signedIn = await run(SIGN_IN, { email, password: GOOD_PASSWORD });
    const session = signedIn.data.signIn.session;
    if (!session) throw new Error(`sign-in failed: ${JSON.stringify(signedIn)}`);
    return { customerId, session, identity: await identityOf(session.accessToken) };
  }

  return {
    db,
    engine,
    subgraph,
    signingKey,
    companyIds,
    /** `http://127.0.0.1:<port>` when started with `http: true`. */
    baseUrl: http?.url.replace(/\/graphql$/, ''),
    run,
    identityOf,
    tokenFromOutbox,
    signUp,
    customer,
    async close() {
      if (http) await http.close();
      else await subgraph.server.stop();
      await db.close();
    },
  };
}

export type PortalHarness = Awaited<ReturnType<typeof startPortalHarness>>;

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { ok customerId error { code message field } }
  }
`;
export const VERIFY = /* GraphQL */ `
  mutation Verify($token: String!) {
    verifyEmail(token: $token) { ok email error { code message field } }
  }
`;
export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!, $rememberMe: Boolean) {
    signIn(email: $email, password: $password, rememberMe: $rememberMe) {
      session { id accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
      customer { id email name emailVerified }
      error { code message field retryAfterSeconds }
    }
  }
`;
export const REFRESH = /* GraphQL */ `
  mutation Refresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      session { id accessToken refreshToken }
      customer { id email }
      admin { id email role }
      error { code message }
    }
  }
`;
export const ME = /* GraphQL */ `
  query Me {
    me {
      id email name mobile locale emailVerified
      billing { name country city postalCode street houseNumber taxNumber companyRegistrationNumber }
      notificationPreferences { orderReady orderStatusChanged }
      companies { company { id slug } discountPercent active connectedAt }
      activeCompany { id slug }
    }
  }
`;
