/**
 * `npm run admin:create -- --email x --name y [--role admin|support] [--password p]`
 *
 * Creates a portal admin (the first one, or more) in the portal database: `DATABASE_URL` (or
 * `--database-url`) when set, otherwise the embedded PGlite folder `$DATA_DIR/portal` (or
 * `--data-dir`). Stop `npm start` first when using the PGlite folder: it is single-process.
 * Without `--password`, the password is read from stdin when piped, or asked for (hidden).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { migrate, openDb } from '@portal/db';
import { provisionAdmin } from '@portal/portal-subgraph/admins';

const root = fileURLToPath(new URL('..', import.meta.url));
const MIGRATIONS = join(root, 'supabase', 'migrations');

const USAGE =
  'usage: npm run admin:create -- --email <email> --name <name> [--role admin|support] ' +
  '[--password <password>] [--database-url <url> | --data-dir <folder>]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Asks for a line on the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (input: string) => {
      for (const c of input) {
        if (c === '\r' || c === '\n') return finish();
        if (c === '\u0003') return finish(new Error('cancelled'));
        if (c === '\u007f' || c === '\b') value = value.slice(0, -1);
        else value += c;
      }
    };
    stdin.on('data', onData);
  });
}

async function password(given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (!process.stdin.isTTY) return readStdin();
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Password again: ');
  if (first !== second) throw new Error('The passwords differ');
  return first;
}

const parseCommandLine = () =>
  parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'admin' },
      password: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
    },
    strict: true,
  });

async function main(): Promise<number> {
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { email, name, role } = args.values;
  if (!email || !name || (role !== 'admin' && role !== 'support')) {
    console.error(USAGE);
    return 2;
  }
  const databaseUrl = args.values['database-url'] ?? process.env.DATABASE_URL;
  const dataDir = args.values['data-dir'] ?? process.env.DATA_DIR ?? join(root, '.data');
  const db = await openDb(
    databaseUrl ? { url: databaseUrl } : { dataDir: join(dataDir, 'portal') },
  );
  try {
    await migrate(db, MIGRATIONS);
    const result = await provisionAdmin(db, {
      email,
      name,
      role,
      password: await password(args.values.password),
    });
    if ('error' in result) {
      console.error(`Admin not created: ${result.error.message}`);
      return 1;
    }
    const { admin } = result;
    console.log(`Admin created: ${admin.email} (${admin.role}), id ${admin.id}`);
    return 0;
  } finally {
    await db.close();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`Admin not created: ${(error as Error).message}`);
  return 1;
});
