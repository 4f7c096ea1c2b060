import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { createCatalogSubgraph } from '@portal/company-catalog-subgraph';
import { createDbCompanyDirectory, encryptSecret, parseEncryptionKey } from '@portal/company-link';
import { type Db, migrate, openDb } from '@portal/db';
import {
  applyCompanySetup,
  DEMO_COMPANIES,
  fillDemoCompanyContact,
  seedDemoCompany,
} from '@portal/demo-data';
import {
  type GatewayLimits,
  type RunningGateway,
  startGateway,
  type TrustedDocumentsMode,
} from '@portal/gateway';
import { type RunningServer, serveApollo } from '@portal/http-server';
import { parseSigningKey } from '@portal/identity';
import { type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { createPortalSubgraph, createSmtpMailer, type OrderSync } from '@portal/portal-subgraph';
import { type Logger, pino } from 'pino';
import { type DemoAdmin, ensureDemoAdmin } from './demo-admin.ts';
import { openSeededDemoCompany } from './demo-company-template.ts';
import { startDemoConsole } from './demo-console.ts';
import { loadOrCreateSecrets } from './secrets.ts';

const MIGRATIONS_DIR = new URL('../../../supabase/migrations', import.meta.url).pathname;

export interface SystemOptions {
  /** Folder for the PGlite databases and secrets; everything in memory when absent. */
  dataDir?: string;
  /** Portal database on PostgreSQL instead of PGlite. */
  databaseUrl?: string;
  /** Ports; 0 (the default) picks a free one. */
  ports?: { gateway?: number; portal?: number; catalog?: number; supabase?: number };
  host?: string;
  /** Built web client to serve at `/`. */
  clientDist?: string;
  /** base64 32-byte key; generated (and kept in dataDir) when absent. */
  encryptionKey?: string;
  /** base64 key (≥ 32 bytes) the gateway signs identities with; generated and kept like the
   * encryption key when absent. */
  signingKey?: string;
  /** Timeout of one company call. */
  companyTimeoutMs?: number;
  log?: (line: string) => void;
  /** AUTH_SIGNING_JWK (private P-256 JWK, JSON); generated and kept in dataDir when absent. */
  authSigningJwk?: string;
  /** Send mail over SMTP; when absent mail stays in the outbox (dev mail page, log). */
  smtpUrl?: string;
  mailFrom?: string;
  /** Where links in mails point; the gateway's URL when absent. */
  publicUrl?: string;
  /** Create the demo admin (`admin@portal.local`); default: only on the embedded PGlite. */
  demoAdmin?: boolean;
  /**
   * The delivery worker of submitted quotes (docs/submission.md): how often it looks for due
   * quotes besides being woken by each submit, and how long a claimed quote is its own.
   * Default `{ intervalMs: 2000 }`; `false`: no worker (quotes stay queued).
   */
  delivery?: { intervalMs?: number; leaseMs?: number } | false;
  /**
   * How often the order sync pulls the demo companies' order updates (docs/orders.md), ms.
   * Default 5000; 0: no periodic sync (the demo console's webhook calls still sync at once).
   */
  orderSyncIntervalMs?: number;
  /** Serve the demo company console (`/demo-console/`, its own port). Default true. */
  demoConsole?: boolean;
  /** Port of the demo company console; 0 (the default) picks a free one. */
  demoConsolePort?: number;
  /**
   * JSON logs of every service (pino; docs/operations.md), each line with the service's
   * `name` and the request id. Default: pino on stdout at `LOG_LEVEL` (default `warn`).
   */
  logger?: Logger;
  /** Company circuit breaker and concurrency limit of both subgraphs (ADR 023). */
  companyResilience?: {
    circuit?: { failureThreshold?: number; cooldownMs?: number };
    maxConcurrency?: number;
  };
  /**
   * The company health sampler (System page): every `intervalMs` (default 60 000; 0: only
   * `healthSampler.sampleNow()`). `false`: none.
   */
  healthSampling?: { intervalMs?: number; retentionHours?: number } | false;
  /** The gateway's trusted documents mode (docs/decisions/019); default `allow`. */
  trustedDocuments?: TrustedDocumentsMode;
  /**
   * The gateway's limits (`AUTH_RATE_LIMIT_PER_MINUTE` etc. of gateway/src/env.ts); defaults
   * as there. The load benches raise `authPerMinute` to sign many customers up from one IP.
   */
  gatewayLimits?: Partial<GatewayLimits>;
  /** The catalog subgraph's cross-request catalog cache; `false` off (benches only). */
  catalogCache?: false;
  /** DataLoader batching of catalog reads by id; `false` off (benches only). */
  catalogBatching?: false;
}

export interface DemoCompanyHandle {
  id: string;
  slug: string;
  name: string;
  active: boolean;
  db: Db;
}

export interface RunningSystem {
  gatewayUrl: string;
  graphqlUrl: string;
  portalUrl: string;
  catalogUrl: string;
  supabase: LocalSupabase;
  portalDb: Db;
  companies: DemoCompanyHandle[];
  /** The demo admin's sign-in, when one was created (see `SystemOptions.demoAdmin`). */
  demoAdmin: DemoAdmin | null;
  /** GATEWAY_SIGNING_KEY, for tools that call a subgraph directly (`signedHeaders`). */
  signingKey: Buffer;
  /** The gateway's graphql-ws server (live updates), for tests and the bench. */
  subscriptions: RunningGateway['subscriptions'];
  /** Partner keys' request counts at the gateway; `flush()` saves them now (tests, tools). */
  apiKeyUsage: RunningGateway['apiKeyUsage'];
  /** The demo company console's page (act as a company); null when not served. */
  demoConsoleUrl: string | null;
  /** The order sync, to run it now (`syncCompany`, `syncAll`) in tests and tools. */
  orderSync: OrderSync;
  /** The company health sampler, to sample now in tests; null when turned off. */
  healthSampler: { sampleNow(): Promise<void> } | null;
  close(): Promise<void>;
}

/**
 * The whole system on its embedded default: the portal database (PGlite, or PostgreSQL when
 * given), one PGlite per demo company behind the local Supabase-compatible endpoint, both
 * subgraphs and the gateway, each on its own HTTP port. Used by `npm start`, the end-to-end
 * tests and the benchmarks alike.
 */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const log = options.log ?? (() => {});
  const logger =
    options.logger ??
    pino({ level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'warn') });
  const { dataDir, host } = options;
  const ports = options.ports ?? {};
  const opened: Array<{ close(): Promise<void> }> = [];
  const servers: RunningServer[] = [];
  try {
    const secrets = await loadOrCreateSecrets(
      dataDir,
      DEMO_COMPANIES.map((c) => c.slug),
      options.encryptionKey,
      options.signingKey,
      { authSigningJwk: options.authSigningJwk },
    );
    const encryptionKey = parseEncryptionKey(secrets.encryptionKey);
    const signingKey = parseSigningKey(secrets.signingKey);

    const portalDb = await openDb(
      options.databaseUrl
        ? { url: options.databaseUrl }
        : { dataDir: dataDir ? join(dataDir, 'portal') : undefined },
    );
    opened.push(portalDb);
    const migrated = await migrate(portalDb, MIGRATIONS_DIR);
    log(`portal database: ${migrated.applied.length} migration(s) applied`);
    const demoAdmin =
      (options.demoAdmin ?? !options.databaseUrl)
        ? await ensureDemoAdmin(portalDb, secrets.demoAdminPassword, log)
        : null;

    const companyDbs = new Map<string, Db>();
    for (const profile of DEMO_COMPANIES) {
      let db: Db;
      if (dataDir) {
        db = await openDb({ dataDir: join(dataDir, 'companies', profile.slug) });
        opened.push(db);
        await applyCompanySetup(db);
        const { seeded } = await seedDemoCompany(db, profile.slug);
        if (seeded) log(`demo company ${profile.slug}: catalog seeded`);
      } else {
        // In memory (tests, benches): a copy of a company seeded once on this machine.
        const fresh = await openSeededDemoCompany(profile.slug);
        db = fresh.db;
        opened.push(db);
        if (fresh.seeded) log(`demo company ${profile.slug}: catalog seeded`);
      }
      companyDbs.set(profile.slug, db);
    }

    const supabase = await startLocalSupabase({
      companies: DEMO_COMPANIES.map((c) => ({
        slug: c.slug,
        db: companyDbs.get(c.slug)!,
        ...secrets.companyKeys[c.slug]!,
      })),
      port: ports.supabase ?? 0,
      ...(host ? { host } : {}),
      logger: logger.child({ name: 'local-supabase' }),
    });
    opened.push(supabase);

    const companies: DemoCompanyHandle[] = [];
    for (const profile of DEMO_COMPANIES) {
      // The endpoint's port may differ between runs; the URL and key follow it, while an
      // admin's choice of name and active flag is kept.
      const [row] = await portalDb.query<{ id: string; name: string; active: boolean }>(
        `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext)
         values ($1, $2, $3, $4, $5)
         on conflict (slug) do update
           set supabase_url = excluded.supabase_url,
               secret_key_ciphertext = excluded.secret_key_ciphertext,
               updated_at = now()
         returning id, name, active`,
        [
          profile.name,
          profile.slug,
          profile.active,
          supabase.companyUrl(profile.slug),
          encryptSecret(secrets.companyKeys[profile.slug]!.serviceKey, encryptionKey),
        ],
      );
      await fillDemoCompanyContact(portalDb, profile);
      companies.push({ ...row!, slug: profile.slug, db: companyDbs.get(profile.slug)! });
    }

    let gatewayUrl = `http://${host ?? '127.0.0.1'}:${ports.gateway ?? 4000}`;
    const mailer = options.smtpUrl
      ? createSmtpMailer(options.smtpUrl, options.mailFrom ?? 'Panel portal <noreply@portal.local>')
      : undefined;
    if (mailer?.close) opened.push({ close: mailer.close });
    let serviceUrls: Record<string, string> = {};
    const portal = createPortalSubgraph({
      db: portalDb,
      signingKey,
      authSigningJwk: secrets.authSigningJwk,
      // The gateway (which serves the client) starts later, possibly on a free port.
      publicUrl: options.publicUrl ?? (() => gatewayUrl),
      mailer,
      log,
      // Saved quotes are priced on save from the company's catalog (company-link).
      encryptionKey,
      // The embedded default is development: its dev mail page shows the outbox (not with SMTP).
      devMailbox: !options.smtpUrl,
      // Submitted quotes are delivered to the demo companies by this process.
      ...(options.delivery === false ? {} : { delivery: options.delivery ?? { intervalMs: 2000 } }),
      ...(options.companyResilience ? { companyResilience: options.companyResilience } : {}),
      ...(options.healthSampling === false
        ? {}
        : { healthSampling: options.healthSampling ?? { intervalMs: 60_000 } }),
      // The System page shows these services' /readyz (known once they listen).
      serviceUrls: () => serviceUrls,
    });
    const healthSampler = portal.healthSampler;
    if (healthSampler) opened.push({ close: () => healthSampler.stop() });
    // Closed before the databases (`opened` closes newest first).
    const deliveryWorker = portal.delivery;
    if (deliveryWorker) opened.push({ close: () => deliveryWorker.close() });
    const portalServer = await serveApollo({
      name: 'portal',
      ...portal,
      logger: logger.child({ name: 'portal' }),
      port: ports.portal ?? 0,
      ...(host ? { host } : {}),
    });
    servers.push(portalServer);

    const catalog = createCatalogSubgraph({
      directory: createDbCompanyDirectory(portalDb, encryptionKey, { ttlMs: 2000 }),
      signingKey,
      // previewQuote asks the portal for the customer's discount.
      portalUrl: portalServer.url,
      ...(options.companyTimeoutMs ? { timeoutMs: options.companyTimeoutMs } : {}),
      ...(options.companyResilience ? { companyResilience: options.companyResilience } : {}),
      ...(options.catalogCache === false ? { catalogCache: false } : {}),
      ...(options.catalogBatching === false ? { catalogBatching: false } : {}),
    });
    const catalogServer = await serveApollo({
      name: 'company-catalog',
      ...catalog,
      logger: logger.child({ name: 'company-catalog' }),
      readiness: { db: () => portalDb.query('select 1').then(() => true) },
      port: ports.catalog ?? 0,
      ...(host ? { host } : {}),
    });
    servers.push(catalogServer);

    const gateway = await startGateway({
      subgraphUrls: { portal: portalServer.url, company_catalog: catalogServer.url },
      signingKey,
      // The embedded system is the development setup: anyone may introspect (explorer, codegen).
      introspection: 'open',
      // One process: the gateway's subscriptions LISTEN on the portal database handle itself
      // (PGlite's own instance, or a dedicated connection to the PostgreSQL given).
      events: portalDb,
      logger: logger.child({ name: 'gateway' }),
      port: ports.gateway ?? 0,
      ...(host ? { host } : {}),
      ...(options.clientDist ? { clientDist: options.clientDist } : {}),
      ...(options.trustedDocuments ? { trustedDocuments: { mode: options.trustedDocuments } } : {}),
      ...(options.gatewayLimits ? { limits: options.gatewayLimits } : {}),
    });
    servers.push(gateway);
    gatewayUrl = gateway.url.replace(/\/graphql$/, '');
    serviceUrls = {
      gateway: gatewayUrl,
      'company-catalog': catalogServer.url.replace(/\/graphql$/, ''),
    };

    // Orders: each demo company signs its webhook with a secret derived from the encryption
    // key (stable across restarts, nothing more to keep); the worker syncs them periodically.
    const orders = portal.orders;
    if (!orders) throw new Error('the portal has no order sync (no encryption key)');
    const webhookSecret = (slug: string) =>
      createHmac('sha256', encryptionKey).update(`demo-order-webhook:${slug}`).digest('base64url');
    for (const company of companies) {
      await portalDb.query(`update companies set webhook_secret_ciphertext = $2 where id = $1`, [
        company.id,
        encryptSecret(webhookSecret(company.slug), encryptionKey),
      ]);
    }
    const syncInterval = options.orderSyncIntervalMs ?? 5000;
    if (syncInterval > 0) {
      const worker = orders.startWorker(syncInterval);
      opened.push({ close: () => worker.stop() });
    }
    let demoConsoleUrl: string | null = null;
    if (options.demoConsole ?? true) {
      const demoConsole = await startDemoConsole({
        companies: companies.map((c) => ({
          slug: c.slug,
          name: c.name,
          db: c.db,
          webhook: {
            url: `${gatewayUrl}/api/webhooks/companies/${c.id}/orders`,
            secret: webhookSecret(c.slug),
          },
        })),
        port: options.demoConsolePort ?? 0,
        ...(host ? { host } : {}),
        log,
      });
      opened.push(demoConsole);
      demoConsoleUrl = demoConsole.url;
    }

    return {
      gatewayUrl: gateway.url.replace(/\/graphql$/, ''),
      graphqlUrl: gateway.url,
      portalUrl: portalServer.url,
      catalogUrl: catalogServer.url,
      supabase,
      portalDb,
      companies,
      demoAdmin,
      signingKey,
      subscriptions: gateway.subscriptions,
      apiKeyUsage: gateway.apiKeyUsage,
      demoConsoleUrl,
      orderSync: orders.sync,
      healthSampler,
      close: () => closeAll(servers, opened),
    };
  } catch (error) {
    await closeAll(servers, opened);
    throw error;
  }
}

async function closeAll(
  servers: RunningServer[],
  opened: Array<{ close(): Promise<void> }>,
): Promise<void> {
  // Servers first (they use the databases), newest first.
  for (const s of [...servers].reverse()) await s.close().catch(() => {});
  for (const o of [...opened].reverse()) await o.close().catch(() => {});
}
