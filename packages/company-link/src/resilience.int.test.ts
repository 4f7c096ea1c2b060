import { type Db, openDb } from '@portal/db';
import { applyCompanySetup, seedDemoCompany } from '@portal/demo-data';
import { runWithRequestId } from '@portal/identity';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CompanyRecord } from './company-directory.ts';
import { createCompanyLinks, type GuardedCompanyLinks } from './company-links.ts';
import { CONTRACT_VERSION } from './contract.ts';
import { CompanyUnavailableError } from './errors.ts';
import { createCompanyLinkMetrics } from './metrics.ts';

// The circuit breaker and the concurrency limit against a real company endpoint whose faults
// are injected (local-supabase `setFault`): real supabase-js calls, real HTTP.

const SLUG = 'turinova';
const ID = '7a1c4f0e-0000-4000-8000-000000000011';
const COOLDOWN_MS = 300;

describe('per-company resilience', () => {
  let db: Db;
  let supabase: LocalSupabase;
  let record: CompanyRecord;
  let registry: Registry;
  let links: GuardedCompanyLinks;

  beforeAll(async () => {
    db = await openDb();
    await applyCompanySetup(db);
    await seedDemoCompany(db, SLUG);
    const keys = generateLocalKeys();
    supabase = await startLocalSupabase({ companies: [{ slug: SLUG, db, ...keys }], port: 0 });
    record = {
      id: ID,
      slug: SLUG,
      name: 'Turinova',
      active: true,
      supabaseUrl: supabase.companyUrl(SLUG),
      secretKey: keys.serviceKey,
    };
  });
  afterAll(async () => {
    await supabase?.close();
    await db?.close();
  });
  beforeEach(() => {
    supabase.setFault(SLUG, null);
    supabase.resetCalls();
    registry = new Registry();
    const metrics = createCompanyLinkMetrics(registry);
    links = createCompanyLinks(
      { get: async () => record },
      {
        timeoutMs: 400,
        circuit: { failureThreshold: 3, cooldownMs: COOLDOWN_MS },
        maxConcurrency: 2,
        onCall: metrics.onCall,
        onCircuitChange: metrics.onCircuitChange,
      },
    );
  });

  const reasonOf = async (p: Promise<unknown>) => {
    const error = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CompanyUnavailableError);
    return (error as CompanyUnavailableError).reason;
  };

  it('opens after consecutive 5xx, fails fast without calling, closes after recovery', async () => {
    const link = await links.get(ID);
    supabase.setFault(SLUG, { kind: 'status', status: 503 });
    for (let i = 0; i < 3; i++) expect(await reasonOf(link.contractVersion())).toBe('server-error');
    expect(links.circuit(ID)).toBe('open');
    expect(supabase.calls()).toHaveLength(3);

    // Open: refused at once, the company is not called.
    const started = performance.now();
    const error = await link.catalogVersion().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanyUnavailableError);
    expect(error).toMatchObject({ code: 'COMPANY_UNAVAILABLE', reason: 'circuit-open' });
    expect(performance.now() - started).toBeLessThan(50);
    expect(supabase.calls()).toHaveLength(3);

    // The company recovers; after the cool-down one probe goes and closes the circuit.
    supabase.setFault(SLUG, null);
    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 20));
    expect(links.circuit(ID)).toBe('half-open');
    expect(await link.contractVersion()).toBe(CONTRACT_VERSION);
    expect(links.circuit(ID)).toBe('closed');
    expect(supabase.calls()).toHaveLength(4);

    const text = await registry.metrics();
    expect(text).toMatch(
      /company_call_failures_total\{company="turinova",fn="portal_contract_version",reason="server-error"\} 3/,
    );
    expect(text).toMatch(
      /company_call_failures_total\{company="turinova",fn="portal_catalog_version",reason="circuit-open"\} 1/,
    );
    expect(text).toMatch(/company_circuit_state\{company="turinova"\} 0/);
    expect(text).toMatch(
      /company_call_duration_seconds_count\{company="turinova",fn="portal_contract_version"\} 4/,
    );
  });

  it('counts timeouts and a failed half-open probe reopens the circuit', async () => {
    const link = await links.get(ID);
    supabase.setFault(SLUG, { kind: 'delay', ms: 2_000 });
    for (let i = 0; i < 3; i++) expect(await reasonOf(link.services())).toBe('timeout');
    expect(links.circuit(ID)).toBe('open');
    expect(await registry.metrics()).toMatch(/company_circuit_state\{company="turinova"\} 2/);

    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 20));
    supabase.setFault(SLUG, { kind: 'down' });
    expect(await reasonOf(link.services())).toBe('network');
    expect(links.circuit(ID)).toBe('open');
    expect(await reasonOf(link.services())).toBe('circuit-open');
  });

  it('a refused argument (4xx with SQLSTATE) is an answer and does not open the circuit', async () => {
    const link = await links.get(ID);
    for (let i = 0; i < 4; i++) {
      await expect(link.materialsSearch({ limit: 100_000 })).rejects.toMatchObject({
        code: 'COMPANY_REQUEST_FAILED',
      });
    }
    expect(links.circuit(ID)).toBe('closed');
  });

  it('keeps at most maxConcurrency calls in flight; the rest wait within their timeout', async () => {
    const link = await links.get(ID);
    supabase.setFault(SLUG, { kind: 'delay', ms: 150 });
    // 4 calls, 2 at a time, 150 ms each: two waves (~300 ms), within the 400 ms timeout;
    // without the limit all four would be answered together after ~150 ms.
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 4 }, () => link.contractVersion()));
    expect(results).toEqual(Array(4).fill(CONTRACT_VERSION));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(supabase.calls()).toHaveLength(4);

    // 6 calls of 300 ms, 2 at a time, 400 ms timeout: the last ones time out waiting for a slot.
    supabase.setFault(SLUG, { kind: 'delay', ms: 300 });
    supabase.resetCalls();
    const settled = await Promise.allSettled(
      Array.from({ length: 6 }, () => link.contractVersion()),
    );
    const reasons = settled.map((s) =>
      s.status === 'fulfilled' ? 'ok' : (s.reason as CompanyUnavailableError).reason,
    );
    expect(reasons.filter((r) => r === 'ok')).toHaveLength(2);
    expect(
      reasons.filter((r) => r !== 'ok').every((r) => r === 'timeout' || r === 'circuit-open'),
    ).toBe(true);
    // Only the calls that got a slot reached the company.
    expect(supabase.calls().length).toBeLessThanOrEqual(4);
  });

  it('sends the current request id with the call (x-request-id)', async () => {
    const link = await links.get(ID);
    await runWithRequestId('req-company-42', () => link.catalogVersion());
    await link.materialFilters();
    const calls = supabase.calls();
    expect(calls.find((c) => c.fn === 'portal_catalog_version')?.requestId).toBe('req-company-42');
    expect(calls.find((c) => c.fn === 'portal_material_filters')).toBeDefined();
    expect(calls.find((c) => c.fn === 'portal_material_filters')?.requestId).toBeUndefined();
  });
});
