import {
  CONTRACT_VERSION,
  CompanyRequestError,
  CompanyUnavailableError,
  createCompanyLink,
} from '@portal/company-link';

export type StepKind = 'REACHABLE' | 'KEY_ACCEPTED' | 'CONTRACT_VERSION' | 'CATALOG' | 'LATENCY';
export type StepStatus = 'PASSED' | 'FAILED' | 'SKIPPED';

export interface ConnectionStep {
  kind: StepKind;
  status: StepStatus;
  detail: string | null;
}

export interface ConnectionTestResult {
  ok: boolean;
  failedStep: StepKind | null;
  steps: ConnectionStep[];
  contractVersion: number | null;
  expectedContractVersion: number;
  catalogCounts: { materials: number; edgeBandings: number; accessories: number } | null;
  latencyMs: number | null;
}

const ORDER: StepKind[] = ['REACHABLE', 'KEY_ACCEPTED', 'CONTRACT_VERSION', 'CATALOG', 'LATENCY'];

/** A round trip slower than this fails the latency step (company calls time out at 3 s). */
export const LATENCY_LIMIT_MS = 1500;
/** Each call of the test; longer than a catalog call's, the test is run by a person waiting. */
const TEST_TIMEOUT_MS = 5000;

export interface ConnectionTarget {
  /** Names the company in messages; a registered company's slug or `new company`. */
  slug: string;
  supabaseUrl: string;
  /** Null: the stored key cannot be decrypted (the key step fails without a call). */
  secretKey: string | null;
}

/**
 * Tests a company's Supabase project as a checklist, in order: reachable (an HTTP answer),
 * key accepted (not 401/403), contract version (the setup script is there and current),
 * catalog counts (the catalog functions work), latency. The first failure names its step and
 * the rest are skipped. The key goes only to the company; no message ever contains it.
 */
export async function testConnection(
  target: ConnectionTarget,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<ConnectionTestResult> {
  const steps: ConnectionStep[] = [];
  const result = (extra: Partial<ConnectionTestResult> = {}): ConnectionTestResult => {
    const failed = steps.find((s) => s.status === 'FAILED')?.kind ?? null;
    const done = new Set(steps.map((s) => s.kind));
    const all = [
      ...steps,
      ...ORDER.filter((k) => !done.has(k)).map(
        (kind): ConnectionStep => ({ kind, status: 'SKIPPED', detail: null }),
      ),
    ].map((s) => ({ ...s, detail: s.detail === null ? null : scrub(s.detail, target.secretKey) }));
    return {
      ok: failed === null,
      failedStep: failed,
      steps: all,
      contractVersion: null,
      expectedContractVersion: CONTRACT_VERSION,
      catalogCounts: null,
      latencyMs: null,
      ...extra,
    };
  };
  const pass = (kind: StepKind, detail: string) => steps.push({ kind, status: 'PASSED', detail });
  const fail = (kind: StepKind, detail: string) => steps.push({ kind, status: 'FAILED', detail });

  if (target.secretKey === null) {
    pass('REACHABLE', 'Not tried: no usable key');
    fail(
      'KEY_ACCEPTED',
      'The stored secret key cannot be decrypted with the portal’s encryption key; enter the key again',
    );
    return result();
  }

  const link = createCompanyLink(
    {
      id: '00000000-0000-0000-0000-000000000000',
      slug: target.slug,
      supabaseUrl: target.supabaseUrl,
      secretKey: target.secretKey,
    },
    {
      timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    },
  );

  let version: number;
  const started = performance.now();
  try {
    version = await link.contractVersion();
  } catch (error) {
    if (error instanceof CompanyUnavailableError) {
      switch (error.reason) {
        case 'network':
        case 'timeout':
          fail('REACHABLE', error.message);
          return result();
        case 'server-error':
        case 'invalid-response':
        case 'circuit-open':
        case 'misconfigured':
          fail('REACHABLE', `It answers, but not as a Supabase project should: ${error.message}`);
          return result();
        case 'unauthorized':
          pass('REACHABLE', `Answered with HTTP ${error.status ?? 401}`);
          fail('KEY_ACCEPTED', error.message);
          return result();
        case 'contract-missing':
          pass('REACHABLE', 'Answered');
          pass('KEY_ACCEPTED', 'The key was accepted');
          fail(
            'CONTRACT_VERSION',
            'portal_contract_version is missing: run the company setup script in the project',
          );
          return result();
      }
    }
    if (error instanceof CompanyRequestError) {
      pass('REACHABLE', 'Answered');
      pass('KEY_ACCEPTED', 'The key was accepted');
      fail('CONTRACT_VERSION', error.message);
      return result();
    }
    fail('REACHABLE', 'The project could not be called');
    return result();
  }
  const latencyMs = Math.round(performance.now() - started);
  pass('REACHABLE', `Answered in ${latencyMs} ms`);
  pass('KEY_ACCEPTED', 'The key was accepted');
  if (version !== CONTRACT_VERSION) {
    fail(
      'CONTRACT_VERSION',
      `The project provides contract version ${version}; the portal needs ${CONTRACT_VERSION}: run the current setup script`,
    );
    return result({ contractVersion: version, latencyMs });
  }
  pass('CONTRACT_VERSION', `Version ${version}`);

  let catalogCounts: ConnectionTestResult['catalogCounts'];
  try {
    const [materials, edgeBandings, accessories] = await Promise.all([
      link.materialsSearch({ limit: 1 }),
      link.edgeBandingsSearch({ limit: 1 }),
      link.accessoriesSearch({ limit: 1 }),
    ]);
    catalogCounts = {
      materials: materials.totalCount,
      edgeBandings: edgeBandings.totalCount,
      accessories: accessories.totalCount,
    };
  } catch (error) {
    fail('CATALOG', error instanceof Error ? error.message : 'The catalog could not be read');
    return result({ contractVersion: version, latencyMs });
  }
  pass(
    'CATALOG',
    `${catalogCounts.materials} materials, ${catalogCounts.edgeBandings} edge bandings, ${catalogCounts.accessories} accessories`,
  );
  if (latencyMs > LATENCY_LIMIT_MS) {
    fail('LATENCY', `${latencyMs} ms; at most ${LATENCY_LIMIT_MS} ms is expected`);
  } else {
    pass('LATENCY', `${latencyMs} ms`);
  }
  return result({ contractVersion: version, catalogCounts, latencyMs });
}

/** Whatever a company answered, its key never goes back out. */
function scrub(text: string, secretKey: string | null): string {
  return secretKey && secretKey.length >= 4 ? text.split(secretKey).join('***') : text;
}
