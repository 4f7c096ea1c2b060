import { decryptSecret, encryptSecret, SecretBoxError } from '@portal/company-link';
import type { Queryable } from '@portal/db';

/**
 * The secret each company signs its order webhooks with, stored encrypted like its Supabase
 * key (`companies.webhook_secret_ciphertext`, migration 0006).
 */
export async function setCompanyWebhookSecret(
  db: Queryable,
  companyId: string,
  secret: string | null,
  encryptionKey: Buffer,
): Promise<void> {
  await db.query(
    `update companies set webhook_secret_ciphertext = $2, updated_at = now() where id = $1`,
    [companyId, secret === null ? null : encryptSecret(secret, encryptionKey)],
  );
}

/** The secret of an active company; null when unknown, inactive, unset or undecryptable. */
export async function companyWebhookSecret(
  db: Queryable,
  companyId: string,
  encryptionKey: Buffer,
): Promise<string | null> {
  const [row] = await db.query<{ webhook_secret_ciphertext: string | null }>(
    `select webhook_secret_ciphertext from companies where id = $1 and active`,
    [companyId],
  );
  if (!row?.webhook_secret_ciphertext) return null;
  try {
    return decryptSecret(row.webhook_secret_ciphertext, encryptionKey);
  } catch (error) {
    if (error instanceof SecretBoxError) return null;
    throw error;
  }
}
