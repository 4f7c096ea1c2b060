import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// The partner guide's examples, run as a partner would run them: every fenced block marked
// ```sh example=NAME or ```js example=NAME in docs/partner-guide.md is written to a file and
// run with /bin/sh (curl, jq) or this project's Node against the embedded system, with the
// endpoint, the account and the key in the environment variables the guide names. The key the
// `get-key` example makes is the one every later example uses.

const ROOT = new URL('../../../', import.meta.url).pathname;
const GUIDE = readFileSync(join(ROOT, 'docs/partner-guide.md'), 'utf8');
const PASSWORD = 'Lapszabasz-2026-guide';
const EMAIL = 'partner.guide@example.hu';

interface Example {
  lang: 'sh' | 'js';
  name: string;
  code: string;
}

const examples: Example[] = [
  ...GUIDE.matchAll(/^```(sh|js) example=([a-z-]+)\n([\s\S]*?)^```$/gm),
].map((m) => ({ lang: m[1] as 'sh' | 'js', name: m[2]!, code: m[3]! }));
const ran = new Set<string>();

let system: RunningSystem;
/** Inside the repository, so that `import 'graphql-ws'` resolves from its node_modules. */
let workDir: string;
const env: Record<string, string> = {};
let turinova: { id: string; name: string };

function example(lang: 'sh' | 'js', name: string): Example {
  const found = examples.filter((e) => e.lang === lang && e.name === name);
  expect(found, `one \`\`\`${lang} example=${name} block in the guide`).toHaveLength(1);
  ran.add(`${lang} ${name}`);
  return found[0]!;
}

function start(lang: 'sh' | 'js', name: string): ChildProcess & { output: () => string } {
  const { code } = example(lang, name);
  const file = join(workDir, `${name}.${lang === 'sh' ? 'sh' : 'mjs'}`);
  writeFileSync(file, code);
  const child = spawn(
    lang === 'sh' ? '/bin/sh' : process.execPath,
    lang === 'sh' ? ['-e', file] : [file],
    {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: workDir, ...env },
      cwd: workDir,
    },
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  return Object.assign(child, { output: () => out + (err ? `\n[stderr]\n${err}` : '') });
}

/** Runs an example to its end; its stdout (it must exit 0 and write nothing to stderr). */
async function run(lang: 'sh' | 'js', name: string): Promise<string> {
  const child = start(lang, name);
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  const output = child.output();
  expect(code, `${lang} example=${name} exits 0; output:\n${output}`).toBe(0);
  expect(output).not.toContain('[stderr]');
  return output;
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

async function eventually<T>(check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The quote numbers the company has for portal quotes (delivered submissions). */
async function deliveredToTurinova(portalQuoteId: string) {
  const db = system.companies.find((c) => c.slug === 'turinova')!.db;
  const [row] = await db.query<{ id: string; quote_number: string }>(
    `select q.id, q.quote_number from portal_quote_links l
       join quotes q on q.id = l.quote_id where l.portal_quote_id = $1`,
    [portalQuoteId],
  );
  return row;
}

beforeAll(async () => {
  system = await startSystem({ orderSyncIntervalMs: 0, delivery: { intervalMs: 500 } });
  workDir = mkdtempSync(join(ROOT, 'node_modules', '.partner-guide-examples-'));
  const company = system.companies.find((c) => c.slug === 'turinova')!;
  turinova = { id: company.id, name: company.name };
  const signUp = await gql(
    'mutation ($i: SignUpInput!) { signUp(input: $i) { ok error { code } } }',
    { i: { email: EMAIL, password: PASSWORD, name: 'Partner Pál', companyIds: [turinova.id] } },
  );
  expect(signUp.data?.signUp).toMatchObject({ ok: true });
  const [mail] = await system.portalDb.query<{ link: string }>(
    `select link from mail_outbox where to_address = $1 and kind = 'verification'`,
    [EMAIL],
  );
  const token = new URL(mail!.link).searchParams.get('token');
  await gql('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
  Object.assign(env, {
    PORTAL_URL: system.graphqlUrl,
    PORTAL_EMAIL: EMAIL,
    PORTAL_PASSWORD: PASSWORD,
  });
}, 120_000);

afterAll(async () => {
  await system?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('docs/partner-guide.md examples against the embedded system', () => {
  it('get a key: by curl and by fetch, each shown once', async () => {
    const sh = JSON.parse(await run('sh', 'get-key'));
    expect(sh).toMatchObject({
      key: expect.stringMatching(/^ppk_[0-9a-f]{12}_/),
      apiKey: { scopes: ['CATALOG_READ', 'QUOTES_READ', 'QUOTES_WRITE', 'ORDERS_READ'] },
      error: null,
    });
    const js = await run('js', 'get-key');
    const jsKey = /key \(shown once, keep it secret\): (ppk_\S+)/.exec(js)?.[1];
    expect(jsKey).toMatch(/^ppk_[0-9a-f]{12}_/);
    expect(jsKey).not.toBe(sh.key);
    env.PORTAL_API_KEY = sh.key;
  });

  it('authentication: the key works in either header, a wrong one is refused with 401', async () => {
    const sh = await run('sh', 'auth');
    expect(sh).toContain(turinova.name);
    expect(sh).toContain('wrong key: HTTP 401');
    const js = await run('js', 'auth');
    expect(js).toContain(`HTTP 200 [`);
    expect(js).toContain(turinova.name);
    expect(js).toContain('HTTP 401 UNAUTHENTICATED');
  });

  it('browse the catalog', async () => {
    env.PORTAL_COMPANY_ID = turinova.id;
    const sh = await run('sh', 'catalog');
    expect(sh).toContain(`"id":"${turinova.id}"`);
    const company = JSON.parse(sh.slice(sh.indexOf('{\n')));
    expect(company.name).toBe(turinova.name);
    expect(company.materials.nodes).toHaveLength(5);
    expect(company.materials.totalCount).toBeGreaterThan(5);

    const js = await run('js', 'catalog');
    expect(js).toContain(`company ${turinova.id} ${turinova.name}`);
    const materials = [...js.matchAll(/^material (\S+) .* (\d+)×(\d+)$/gm)];
    // Paged through all of them, not just the first page.
    expect(materials).toHaveLength(company.materials.totalCount);
    const board = materials.find((m) => Number(m[2]) >= 2000 && Number(m[3]) >= 1000);
    expect(board).toBeDefined();
    env.PORTAL_MATERIAL_ID = board![1]!;
  });

  it('preview a cut list', async () => {
    const sh = JSON.parse(await run('sh', 'preview'));
    expect(sh.materials[0].boardsUsed).toBeGreaterThan(0);
    expect(Number(sh.finalTotal.amount)).toBeGreaterThan(0);
    expect(sh.finalTotal.currency).toBe('HUF');
    const js = await run('js', 'preview');
    expect(js).toMatch(/: \d+ board\(s\)/);
    // The same cut list at the same company: the same price either way.
    expect(js).toContain(`total ${sh.finalTotal.amount} HUF`);
  });

  let submitted: string[] = [];
  it('save and submit a quote: it reaches the company', async () => {
    const sh = (await run('sh', 'save-submit')).trim().split('\n');
    const created = JSON.parse(sh[0]!);
    expect(created).toMatchObject({ quote: { status: 'DRAFT' }, error: null });
    expect(Number(created.quote.totals.gross.amount)).toBeGreaterThan(0);
    const submit = JSON.parse(sh[1]!);
    expect(submit).toMatchObject({
      quote: { id: created.quote.id, status: 'SUBMITTING' },
      error: null,
    });
    const js = await run('js', 'save-submit');
    const jsId = /^submitted \S+ \(([0-9a-f-]{36})\): SUBMITTING$/m.exec(js)?.[1];
    expect(jsId, js).toBeDefined();
    submitted = [created.quote.id, jsId!];
    for (const id of submitted) {
      const atCompany = await eventually(() => deliveredToTurinova(id));
      expect(atCompany.quote_number).toBeTruthy();
    }
  });

  it('follow an order with a subscription: the company moves it, the example sees it', async () => {
    expect(submitted).toHaveLength(2);
    const follower = start('js', 'follow-order');
    try {
      await eventually(async () => follower.output().includes('connected'), 15_000);
      const companyQuote = (await deliveredToTurinova(submitted[0]!))!;
      const move = async (to: string) => {
        const res = await fetch(
          new URL(`api/companies/turinova/quotes/${companyQuote.id}/move`, system.demoConsoleUrl!),
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ to }),
          },
        );
        expect(res.status).toBe(200);
      };
      // The subscription is sent right after `connected`; should the first change beat it,
      // the next one is seen.
      await new Promise((r) => setTimeout(r, 300));
      await move('ordered');
      const sawOrdered = await eventually(async () => /ORDERED/.test(follower.output()), 10_000)
        .then(() => true)
        .catch(() => false);
      if (!sawOrdered) {
        await move('in_production');
        await eventually(async () => /IN_PRODUCTION/.test(follower.output()), 10_000);
      }
      const output = follower.output();
      expect(output).toMatch(
        new RegExp(
          `\\(${submitted[0]}\\): order ORD-\\S+ (ORDERED|IN_PRODUCTION), payment NOT_PAID`,
        ),
      );
      expect(output).not.toContain('[stderr]');
    } finally {
      follower.kill();
    }
  });

  it('ran every example of the guide', () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.map((e) => `${e.lang} ${e.name}`).filter((e) => !ran.has(e))).toEqual([]);
  });
});
