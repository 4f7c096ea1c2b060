import { testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';
import { provisionAdmin } from './auth/admin-accounts.ts';
import { createHealthRows } from './system/health-rows.ts';
import { companyStatus } from './system/system-health.ts';

// `admin { systemHealth }`: who may read it, what the history and status say, and retention.
// The live path (sampler, circuits, services' /readyz) is in packages/embedded operations test.

const HEALTH = /* GraphQL */ `
  query Health($hours: Int) {
    admin {
      systemHealth {
        services { name status checks { name ok } }
        companies { slug active status errorRate latencyMs circuit lastSampleAt history(hours: $hours) { at calls failures errorRate probeOk circuit } }
      }
    }
  }
`;

describe.each(testEngines())('system health on %s', (engine) => {
  let h: PortalHarness;
  const identities: Record<'admin' | 'support', any> = {} as never;

  beforeAll(async () => {
    h = await startPortalHarness(engine);
    for (const role of ['admin', 'support'] as const) {
      await provisionAdmin(h.db, {
        email: `${role}-health@portal.test`,
        name: role,
        role,
        password: GOOD_PASSWORD,
      });
      const r = await h.run(
        'mutation($e: String!, $p: String!) { adminSignIn(email: $e, password: $p) { session { accessToken } } }',
        { e: `${role}-health@portal.test`, p: GOOD_PASSWORD },
      );
      identities[role] = await h.identityOf(r.data.adminSignIn.session.accessToken);
    }
    const rows = createHealthRows(h.db);
    const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000);
    // zeta: an old sample (beyond 24 h), a failing one and a recent good one.
    for (const [at, ok, calls, failures] of [
      [hoursAgo(30), true, 4, 0],
      [hoursAgo(2), false, 4, 3],
      [hoursAgo(0.1), true, 10, 1],
    ] as const) {
      await rows.insert({
        companyId: h.companyIds.zeta,
        sampledAt: at,
        probeOk: ok,
        probeMs: 40,
        calls,
        failures,
        meanMs: 55,
        circuit: 'closed',
        error: ok ? null : 'HTTP 503',
        lastSyncSuccessAt: null,
      });
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('admins and support read it; the latest sample decides the status', async () => {
    for (const role of ['admin', 'support'] as const) {
      const r = await h.run(HEALTH, { hours: 24 }, identities[role]);
      expect(r.errors).toBeUndefined();
      const health = r.data.admin.systemHealth;
      expect(health.services).toEqual([
        {
          name: 'portal',
          status: 'UP',
          checks: [
            { name: 'db', ok: true },
            { name: 'migrations', ok: true },
          ],
        },
      ]);
      const bySlug = Object.fromEntries(health.companies.map((c: { slug: string }) => [c.slug, c]));
      expect(Object.keys(bySlug).sort()).toEqual(['alfa', 'regi', 'zeta']);
      expect(bySlug.zeta).toMatchObject({
        status: 'DEGRADED', // the probe worked, 1 of 10 calls failed
        errorRate: 0.1,
        latencyMs: 40,
        circuit: 'CLOSED',
      });
      expect(bySlug.zeta.history.map((s: { probeOk: boolean }) => s.probeOk)).toEqual([
        false,
        true,
      ]);
      expect(bySlug.zeta.history[0]).toMatchObject({ calls: 4, failures: 3, errorRate: 0.75 });
      expect(bySlug.alfa).toMatchObject({ status: 'UNKNOWN', lastSampleAt: null, history: [] });
      expect(bySlug.regi).toMatchObject({ active: false, status: 'UNKNOWN' });
    }
    const longer = await h.run(HEALTH, { hours: 48 }, identities.support);
    const zeta = longer.data.admin.systemHealth.companies.find(
      (c: { slug: string }) => c.slug === 'zeta',
    );
    expect(zeta.history).toHaveLength(3);
  });

  it('refuses history outside 1–168 hours', async () => {
    const r = await h.run(HEALTH, { hours: 169 }, identities.admin);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await h.run(HEALTH, { hours: 0 }, identities.admin);
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a customer and an anonymous caller nothing', async () => {
    const customer = await h.customer('health-customer@portal.test');
    for (const identity of [customer.identity, undefined]) {
      const r = await h.run(HEALTH, { hours: 24 }, identity);
      expect(r.data?.admin ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('deletes samples older than the retention', async () => {
    const rows = createHealthRows(h.db);
    const before = await rows.history(h.companyIds.zeta, 168);
    expect(before).toHaveLength(3);
    expect(await rows.prune(24)).toBe(1);
    expect(await rows.history(h.companyIds.zeta, 168)).toHaveLength(2);
  });
});

describe('company status', () => {
  const sample = (probeOk: boolean | null, failures = 0) => ({
    companyId: 'x',
    sampledAt: new Date(),
    probeOk,
    probeMs: 10,
    calls: 5,
    failures,
    meanMs: 10,
    circuit: 'closed' as const,
    error: null,
    lastSyncSuccessAt: null,
  });
  it('reads open circuits and failed probes as DOWN, failures as DEGRADED', () => {
    expect(companyStatus(true, 'closed', sample(true))).toBe('UP');
    expect(companyStatus(true, 'closed', sample(true, 2))).toBe('DEGRADED');
    expect(companyStatus(true, 'half-open', sample(true))).toBe('DEGRADED');
    expect(companyStatus(true, 'closed', sample(false))).toBe('DOWN');
    expect(companyStatus(true, 'open', sample(true))).toBe('DOWN');
    expect(companyStatus(true, 'closed', undefined)).toBe('UNKNOWN');
    expect(companyStatus(false, 'closed', sample(true))).toBe('UNKNOWN');
  });
});
