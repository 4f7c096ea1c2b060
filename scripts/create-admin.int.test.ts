import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, openDb } from '@portal/db';
import { openTestDb, testEngines } from '@portal/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function cli(args: string[], stdin: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/create-admin.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe.each(testEngines())('the admin:create CLI on %s', (engine) => {
  const cleanup: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanup) await c();
  });

  it('creates an admin from a piped password, refuses a duplicate and bad input', async () => {
    let target: string[];
    let open: () => ReturnType<typeof openDb>;
    if (engine === 'pglite') {
      const dir = await mkdtemp(join(tmpdir(), 'admin-cli-'));
      cleanup.push(() => rm(dir, { recursive: true, force: true }));
      target = ['--data-dir', dir];
      open = () => openDb({ dataDir: join(dir, 'portal') });
    } else {
      const db = await openTestDb('postgres');
      cleanup.push(() => db.close());
      target = ['--database-url', db.url!];
      open = async () => db;
    }
    const args = ['--email', 'First@Portal.test', '--name', 'Első Admin', ...target];
    const created = await cli([...args, '--role', 'support'], 'Admin-jelszo-2026\n');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Admin created: First@Portal\.test \(support\)/);

    const again = await cli(args, 'Admin-jelszo-2026\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists/);
    const weak = await cli(['--email', 'weak@portal.test', '--name', 'W', ...target], 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 10 characters/);
    const usage = await cli(['--name', 'no email', ...target], '');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage/);

    const db = await open();
    try {
      await migrate(db, join(root, 'supabase', 'migrations'));
      const rows = await db.query<{ email: string; role: string; password_hash: string }>(
        'select email, role, password_hash from admins',
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ email: 'First@Portal.test', role: 'support' });
      expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    } finally {
      if (engine === 'pglite') await db.close();
    }
  });
});
