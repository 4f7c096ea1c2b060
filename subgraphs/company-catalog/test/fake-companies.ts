/**
 * In-memory companies that answer the contract functions through a fake `fetch`, for unit
 * tests of the subgraph without any I/O. Just enough of docs/company-contract.md: search by
 * name, order by name, paging with the contract's bounds, by-ids, faults.
 */
import type { CompanyDirectory, CompanyRecord } from '@portal/company-link';

type Row = Record<string, unknown> & { id: string; name?: string };

export interface FakeCatalog {
  materials: Row[];
  edgeBandings: Row[];
  linearMaterials: Row[];
  accessories: Row[];
  feeTypes: Row[];
}

export type FakeFault =
  | { kind: 'down' }
  | { kind: 'garbage' }
  | { kind: 'hang' }
  | { kind: 'status'; status: number };

export interface FakeCall {
  slug: string;
  fn: string;
  body: Record<string, unknown>;
}

const uuid = (prefix: number, n: number) =>
  `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

const updatedAt = '2026-11-01T10:00:00+00:00';

/** A catalog with `size` items of each kind; ids are unique per company (`prefix`). */
export function fakeCatalog(prefix: number, size: number): FakeCatalog {
  const range = Array.from({ length: size }, (_, i) => i + 1);
  const brand = { id: uuid(prefix, 9000), name: 'Egger' };
  return {
    materials: range.map((n) => ({
      id: uuid(prefix, 1000 + n),
      name: `Material ${String(n).padStart(3, '0')}${n % 2 ? ' tölgy' : ''}`,
      brand: n % 3 ? brand : null,
      group: null,
      length_mm: 2800,
      width_mm: 2070,
      thickness_mm: n % 2 ? 18 : 25,
      grain_direction: n % 2 === 1,
      on_stock: true,
      active: true,
      price_per_sqm: n === 1 ? '6540.00' : `${1000 + n}.35`,
      base_price: 5450,
      multiplier: '1.20',
      vat_rate: '27',
      currency: 'HUF',
      unit: 'm²',
      image_url: null,
      updated_at: updatedAt,
      settings: {
        kerf_mm: 3,
        trim_top_mm: 0,
        trim_right_mm: 10,
        trim_bottom_mm: 0,
        trim_left_mm: 10,
        rotatable: n % 2 === 0,
        waste_multi: '1.2',
        usage_limit: '0.65',
      },
    })),
    edgeBandings: range.map((n) => ({
      id: uuid(prefix, 2000 + n),
      name: `ABS ${n}`, // not in the contract (ignored by the parser); the fake sorts by it
      brand,
      type: 'ABS',
      width: 22,
      thickness: '2.00',
      decor: `H${1100 + n}`,
      price_per_m: '320',
      overhang_mm: 30,
      vat_rate: '27',
      currency: 'HUF',
      active: true,
      favourite_priority: null,
      updated_at: updatedAt,
    })),
    linearMaterials: range.map((n) => ({
      id: uuid(prefix, 3000 + n),
      name: `Worktop ${n}`,
      brand: null,
      type: 'munkalap',
      width: 600,
      length: 4100,
      thickness: 38,
      price_per_m: '14500.00',
      on_stock: true,
      active: true,
      vat_rate: '27',
      currency: 'HUF',
      updated_at: updatedAt,
    })),
    accessories: range.map((n) => ({
      id: uuid(prefix, 4000 + n),
      name: `Blum hinge ${n}`,
      sku: `BLUM-${n}`,
      base_price: 1200,
      multiplier: '1.38',
      net_price: 1656,
      unit_price_net: '1656',
      vat_rate: '27',
      currency: 'HUF',
      unit: 'db',
      active: true,
      updated_at: updatedAt,
    })),
    feeTypes: range.map((n) => ({
      id: uuid(prefix, 5000 + n),
      name: `Fee ${n}`,
      net_price: n === 1 ? '-1000.00' : '8000.00',
      vat_rate: '27',
      currency: 'HUF',
      updated_at: updatedAt,
    })),
  };
}

const services = {
  cutting_fee_per_m: '300.00',
  hinge_hole_fee_per_hole: '50.00',
  doubling_fee_per_sqm: '200.00',
  angle_cut_fee_per_panel: '100.00',
  vat_rate: '27',
  currency: 'HUF',
};

const KINDS: Record<string, keyof FakeCatalog> = {
  materials: 'materials',
  edge_bandings: 'edgeBandings',
  linear_materials: 'linearMaterials',
  accessories: 'accessories',
  fee_types: 'feeTypes',
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Companies reachable at `http://<slug>.test`, with a directory that lists them. */
export function fakeCompanies(
  companies: Array<{ id: string; slug: string; active?: boolean; catalog: FakeCatalog }>,
) {
  const calls: FakeCall[] = [];
  const faults = new Map<string, FakeFault>();
  const bySlug = new Map(companies.map((c) => [c.slug, c]));

  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const slug = url.hostname.replace(/\.test$/, '');
    const fn = url.pathname.replace('/rest/v1/rpc/', '');
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    calls.push({ slug, fn, body });
    const fault = faults.get(slug);
    if (fault?.kind === 'down') {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    }
    if (fault?.kind === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    }
    if (fault?.kind === 'garbage') return new Response('<html>Bad gateway</html>', { status: 200 });
    if (fault?.kind === 'status') return json({ code: 'XX000', message: 'boom' }, fault.status);
    const company = bySlug.get(slug);
    if (!company) throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    return answer(company.catalog, fn, body);
  }) as typeof globalThis.fetch;

  const records = new Map<string, CompanyRecord>(
    companies.map((c) => [
      c.id,
      {
        id: c.id,
        slug: c.slug,
        name: c.slug,
        active: c.active ?? true,
        supabaseUrl: `http://${c.slug}.test`,
        secretKey: `sb_secret_${c.slug}`,
      },
    ]),
  );
  const directory: CompanyDirectory = { get: async (id) => records.get(id) ?? null };

  return {
    fetch,
    directory,
    calls,
    setFault(slug: string, fault: FakeFault | null) {
      if (fault) faults.set(slug, fault);
      else faults.delete(slug);
    },
    /** `slug fn` of every call so far, sorted. */
    callList: () => calls.map((c) => `${c.slug} ${c.fn}`).sort(),
  };
}

function answer(catalog: FakeCatalog, fn: string, body: Record<string, unknown>): Response {
  if (fn === 'portal_services') return json(services);
  // Fixed: the fake catalogs never change while a test runs.
  if (fn === 'portal_catalog_version') return json({ version: 'fake-1' });
  if (fn === 'portal_material_filters') {
    return json({
      brands: [{ id: '00000000-0000-4000-8000-000000009000', name: 'Egger', count: 2 }],
      thicknesses: [18, 25],
    });
  }
  const match = /^portal_(\w+?)_(by_ids|search)$/.exec(fn);
  const kind = match && KINDS[match[1]!];
  if (!match || !kind) return json({ code: 'PGRST202', message: `Could not find ${fn}` }, 404);
  const rows = catalog[kind];
  if (match[2] === 'by_ids') {
    const ids = body.p_ids as string[];
    return json(rows.filter((r) => ids.includes(r.id)));
  }
  const limit = (body.p_limit as number | undefined) ?? 50;
  const offset = (body.p_offset as number | undefined) ?? 0;
  if (limit < 1 || limit > 500) {
    return json({ code: '22023', message: 'p_limit must be between 1 and 500' }, 400);
  }
  const search = ((body.p_search as string | null) ?? '').toLowerCase();
  const found = rows
    .filter((r) =>
      String(r.name ?? r.decor ?? '')
        .toLowerCase()
        .includes(search),
    )
    .filter(
      (r) =>
        body.p_thicknesses == null ||
        (body.p_thicknesses as number[]).includes(r.thickness_mm as number),
    )
    .sort((a, b) => String(a.name).localeCompare(String(b.name)) || a.id.localeCompare(b.id));
  return json({
    total_count: found.length,
    items: found.slice(offset, offset + limit),
  });
}
