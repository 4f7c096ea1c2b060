/**
 * The embedded system in a process of its own, for the load benches (forked by
 * `bench/lib/system.ts` with `bench/lib/probe.ts` preloaded). Configured by the JSON in
 * BENCH_SYSTEM; tells the parent its URLs when ready, and answers `calls` (contract calls per
 * function seen by the local Supabase endpoint since the last reset).
 *
 * `role: 'embedded'`: everything as `npm start` runs it. `role: 'companies'`: the portal
 * database migrated and the demo companies registered and served (local Supabase endpoint,
 * PGlite), with no delivery worker or order sync — the services then run as processes of their
 * own (`TOPOLOGY=processes`); this process's own gateway and subgraphs stay idle.
 */
import { startSystem } from '@portal/embedded';

export interface ChildConfig {
  role: 'embedded' | 'companies';
  databaseUrl?: string;
  encryptionKey: string;
  signingKey: string;
  authSigningJwk: string;
  authPerMinute: number;
  catalogCache?: false;
  catalogBatching?: false;
  orderSyncIntervalMs?: number;
}

export type ChildMessage =
  | {
      kind: 'ready';
      graphqlUrl: string;
      catalogUrl: string;
      portalUrl: string;
      companies: Array<{ id: string; slug: string }>;
    }
  | { kind: 'calls-result'; id: number; calls: Record<string, number> };

const config = JSON.parse(process.env.BENCH_SYSTEM ?? '{}') as ChildConfig;
const companiesOnly = config.role === 'companies';
const system = await startSystem({
  encryptionKey: config.encryptionKey,
  signingKey: config.signingKey,
  authSigningJwk: config.authSigningJwk,
  ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  gatewayLimits: { authPerMinute: config.authPerMinute },
  ...(config.catalogCache === false ? { catalogCache: false } : {}),
  ...(config.catalogBatching === false ? { catalogBatching: false } : {}),
  demoConsole: false,
  healthSampling: false,
  ...(companiesOnly
    ? { delivery: false, orderSyncIntervalMs: 0 }
    : { orderSyncIntervalMs: config.orderSyncIntervalMs ?? 5000 }),
});

let calls: Record<string, number> = {};
system.supabase.onCall((call) => {
  calls[call.fn] = (calls[call.fn] ?? 0) + 1;
});

process.on('message', (message: { kind?: string; id?: number; reset?: boolean }) => {
  if (message?.kind === 'calls') {
    process.send?.({ kind: 'calls-result', id: message.id ?? 0, calls } satisfies ChildMessage);
    if (message.reset) calls = {};
  } else if (message?.kind === 'close') {
    system.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  }
});

process.send?.({
  kind: 'ready',
  graphqlUrl: system.graphqlUrl,
  catalogUrl: system.catalogUrl,
  portalUrl: system.portalUrl,
  companies: system.companies.map((c) => ({ id: c.id, slug: c.slug })),
} satisfies ChildMessage);
