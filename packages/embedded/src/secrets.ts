import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateLocalKeys } from '@portal/local-supabase';

export interface EmbeddedSecrets {
  /** base64 of 32 bytes: PORTAL_ENCRYPTION_KEY for the company registry. */
  encryptionKey: string;
  companyKeys: Record<string, { anonKey: string; serviceKey: string }>;
}

/**
 * The embedded default makes its own secrets on first start and keeps them beside the data,
 * so a fresh clone needs no configuration and a restart finds its encrypted keys readable.
 */
export async function loadOrCreateSecrets(
  dataDir: string | undefined,
  slugs: readonly string[],
  encryptionKey?: string,
): Promise<EmbeddedSecrets> {
  const file = dataDir ? join(dataDir, 'secrets.json') : undefined;
  const saved: Partial<EmbeddedSecrets> =
    file && existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  const secrets: EmbeddedSecrets = {
    encryptionKey: encryptionKey ?? saved.encryptionKey ?? randomBytes(32).toString('base64'),
    companyKeys: { ...saved.companyKeys },
  };
  for (const slug of slugs) secrets.companyKeys[slug] ??= generateLocalKeys();
  if (file && dataDir) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
