import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateLocalKeys } from '@portal/local-supabase';

export interface EmbeddedSecrets {
  /** base64 of 32 bytes: PORTAL_ENCRYPTION_KEY for the company registry. */
  encryptionKey: string;
  /** base64 of 32 bytes: GATEWAY_SIGNING_KEY, the gateway's signature on identities. */
  signingKey: string;
  companyKeys: Record<string, { anonKey: string; serviceKey: string }>;
  /** AUTH_SIGNING_JWK: the private P-256 JWK (JSON) that signs access tokens. */
  authSigningJwk: string;
  /** The demo admin's password, printed at start. */
  demoAdminPassword: string;
}

/** Secrets given from the environment instead of generated ones. */
export interface SecretOverrides {
  authSigningJwk?: string | undefined;
}

function newSigningJwk(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return JSON.stringify(privateKey.export({ format: 'jwk' }));
}

/** Random, and meets the password policy whatever the random part (upper, lower, '-'). */
function newDemoPassword(): string {
  return `Demo-${randomBytes(12).toString('base64url')}`;
}

/**
 * The embedded default makes its own secrets on first start and keeps them beside the data,
 * so a fresh clone needs no configuration and a restart finds its encrypted keys readable.
 */
export async function loadOrCreateSecrets(
  dataDir: string | undefined,
  slugs: readonly string[],
  encryptionKey?: string,
  signingKey?: string,
  overrides: SecretOverrides = {},
): Promise<EmbeddedSecrets> {
  const file = dataDir ? join(dataDir, 'secrets.json') : undefined;
  const saved: Partial<EmbeddedSecrets> =
    file && existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  const secrets: EmbeddedSecrets = {
    encryptionKey: encryptionKey ?? saved.encryptionKey ?? randomBytes(32).toString('base64'),
    signingKey: signingKey ?? saved.signingKey ?? randomBytes(32).toString('base64'),
    companyKeys: { ...saved.companyKeys },
    authSigningJwk: overrides.authSigningJwk ?? saved.authSigningJwk ?? newSigningJwk(),
    demoAdminPassword: saved.demoAdminPassword ?? newDemoPassword(),
  };
  for (const slug of slugs) secrets.companyKeys[slug] ??= generateLocalKeys();
  if (file && dataDir) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
