import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Db, dumpPglite, openDb } from '@portal/db';
import { applyCompanySetup, seedDemoCompany } from '@portal/demo-data';

const ROOT = new URL('../../..', import.meta.url).pathname;
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'portal-demo-companies');

/**
 * Seeding a demo company (setup script + catalog) takes seconds of CPU, and every in-memory
 * system (tests, benches) seeds the same four. The first one seeded on a machine is kept as a
 * PGlite data-folder tarball; later ones open a copy of it. The cache key covers every input
 * of the result — the setup script, the demo-data sources and the PGlite version — so a
 * change to any of them seeds afresh, and a folder that `npm start` keeps is never involved.
 */
export async function openSeededDemoCompany(
  slug: string,
): Promise<{ db: Db /** Seeded now rather than copied from the template. */; seeded: boolean }> {
  const current = await templateKey();
  const file = join(CACHE_DIR, `${current}-${slug}.tar`);
  const cached = await readFile(file).catch(() => null);
  if (cached) {
    const db = await openDb({ loadDataDir: new Blob([cached]) });
    return { db, seeded: false };
  }
  const db = await openDb({});
  await applyCompanySetup(db);
  const { seeded } = await seedDemoCompany(db, slug);
  const dump = Buffer.from(await (await dumpPglite(db)).arrayBuffer());
  // Written whole under a unique name, then renamed: a parallel reader never sees half a file.
  await mkdir(CACHE_DIR, { recursive: true });
  await pruneOtherKeys(current);
  const temporary = `${file}.${randomUUID()}.partial`;
  await writeFile(temporary, dump);
  await rename(temporary, file);
  return { db, seeded };
}

/** Templates of older inputs are never read again; 40 MB each is worth giving back. */
async function pruneOtherKeys(current: string): Promise<void> {
  for (const name of await readdir(CACHE_DIR)) {
    if (!name.startsWith(current)) await rm(join(CACHE_DIR, name), { force: true });
  }
}

let key: Promise<string> | undefined;

function templateKey(): Promise<string> {
  key ??= (async () => {
    const hash = createHash('sha256');
    const inputs = [
      join(ROOT, 'supabase', 'company', 'setup.sql'),
      join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'),
    ];
    const demoSources = join(ROOT, 'packages', 'demo-data', 'src');
    for (const name of (await readdir(demoSources)).sort()) {
      if (name.endsWith('.ts') && !name.includes('.test.')) inputs.push(join(demoSources, name));
    }
    for (const path of inputs) {
      hash.update(path.slice(ROOT.length));
      hash.update(await readFile(path));
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return key;
}
