import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// The quote PDF through the gateway's `/api/quotes/:id/pdf` on the embedded default: the
// gateway identifies the caller and signs it, the portal reads the quote under RLS and renders.

async function gql(system: RunningSystem, query: string, variables = {}, token?: string) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

describe('quote PDF on the embedded default', () => {
  let dataDir: string;
  let system: RunningSystem | undefined;
  const lines: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-quote-pdf-'));
    system = await startSystem({ dataDir, log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await system?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function customer(email: string, companyId: string): Promise<string> {
    const s = system!;
    const password = 'Lapszabasz-2026';
    await gql(s, 'mutation($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password, name: 'Ödön Űrhajós', companyIds: [companyId] },
    });
    const logged = lines.find((l) => l.startsWith(`mail to ${email}`));
    const token = new URL(logged!.split(' — ')[1]!).searchParams.get('token');
    await gql(s, 'mutation($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
    const signIn = await gql(
      s,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
      { e: email, p: password },
    );
    return signIn.data.signIn.session.accessToken as string;
  }

  it('downloads the owner’s PDF; another customer gets 404, no or a bad token 401', async () => {
    const s = system!;
    const company = (await gql(s, '{ company(slug: "turinova") { id } }')).data.company;
    const owner = await customer('pdf-owner@example.hu', company.id);
    const other = await customer('pdf-other@example.hu', company.id);
    const catalog = await gql(
      s,
      `query($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id lengthMm widthMm active } } } }`,
      { id: company.id },
      owner,
    );
    const material = catalog.data.company.materials.nodes.find(
      (m: any) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    );
    const created = await gql(
      s,
      `mutation($input: QuoteDraftInput!) { createQuote(input: $input) {
         quote { id number totals { gross { amount } } } error { code } } }`,
      {
        input: {
          companyId: company.id,
          comment: 'Árvíztűrő tükörfúrógép',
          panels: [{ materialId: material.id, widthMm: 720, heightMm: 560, quantity: 4 }],
        },
      },
      owner,
    );
    const quote = created.data.createQuote.quote;
    expect(quote.totals).not.toBeNull();
    const url = `${s.gatewayUrl}/api/quotes/${quote.id}/pdf?lang=hu`;

    const res = await fetch(url, { headers: { authorization: `Bearer ${owner}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${quote.number}.pdf"`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/Type \/Pages\s*\/Count 1\b/);
    expect(pdf.toString('latin1')).toContain('DejaVuSans');

    const english = await fetch(url.replace('lang=hu', 'lang=en'), {
      headers: { authorization: `Bearer ${owner}` },
    });
    expect(english.status).toBe(200);
    expect(Buffer.from(await english.arrayBuffer()).equals(pdf)).toBe(false);

    const foreign = await fetch(url, { headers: { authorization: `Bearer ${other}` } });
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get('content-type')).not.toBe('application/pdf');

    const unknown = await fetch(
      `${s.gatewayUrl}/api/quotes/00000000-0000-4000-8000-000000000000/pdf`,
      { headers: { authorization: `Bearer ${owner}` } },
    );
    expect(unknown.status).toBe(404);

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(
      401,
    );

    // Only a quote id in the path, only GET.
    const bad = await fetch(`${s.gatewayUrl}/api/quotes/..%2F..%2Fgraphql/pdf`, {
      headers: { authorization: `Bearer ${owner}` },
    });
    expect(bad.status).toBe(404);
    expect(
      (await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${owner}` } })).status,
    ).toBe(405);

    // Signed out: the session's access token is refused at once with 401, never a 5xx.
    const signedOut = await customer('pdf-signed-out@example.hu', company.id);
    expect((await gql(s, 'mutation { signOut }', {}, signedOut)).data.signOut).toBe(true);
    const ended = await fetch(url, { headers: { authorization: `Bearer ${signedOut}` } });
    expect(ended.status).toBe(401);
    expect(await ended.json()).toEqual({ error: { code: 'UNAUTHENTICATED' } });

    // A partner key acts for its owner: with `quotes:read` it downloads, without it it may not.
    const key = async (scopes: string[]) =>
      (
        await gql(
          s,
          'mutation($i: ApiKeyInput!) { createApiKey(input: $i) { key error { code } } }',
          { i: { name: `pdf ${scopes.join(' ')}`, scopes } },
          owner,
        )
      ).data.createApiKey.key as string;
    const reader = await fetch(url, { headers: { 'x-api-key': await key(['QUOTES_READ']) } });
    expect(reader.status).toBe(200);
    expect(
      Buffer.from(await reader.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const catalogOnly = await fetch(url, {
      headers: { authorization: `Bearer ${await key(['CATALOG_READ'])}` },
    });
    expect(catalogOnly.status).toBe(403);

    // A price the quote used goes up: `priceChanges` itemises it; the PDF still renders.
    const changes = `query($id: ID!) { quote(id: $id) { stale priceChanges { part itemId field before after } } }`;
    expect((await gql(s, changes, { id: quote.id }, owner)).data.quote).toEqual({
      stale: false,
      priceChanges: [],
    });
    const demo = s.companies.find((c) => c.slug === 'turinova')!;
    await demo.db.query('update materials set base_price = base_price + 1000 where id = $1', [
      material.id,
    ]);
    const after = (await gql(s, changes, { id: quote.id }, owner)).data.quote;
    expect(after.stale).toBe(true);
    expect(after.priceChanges).toContainEqual(
      expect.objectContaining({ part: 'MATERIAL', itemId: material.id, field: 'pricePerSqm' }),
    );
    const stalePdf = await fetch(url, { headers: { authorization: `Bearer ${owner}` } });
    expect(stalePdf.status).toBe(200);

    // The portal's own route serves only what the gateway signed.
    const direct = await fetch(new URL(`/quotes/${quote.id}/pdf`, s.portalUrl));
    expect(direct.status).toBe(401);
  });
});
