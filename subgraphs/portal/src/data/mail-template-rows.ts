import type { Db, Queryable } from '@portal/db';
import type {
  MailLocale,
  MailTemplateKind,
  MailTemplateStore,
  MailTemplateText,
} from '../mail/mail-templates.ts';
import { iso } from './timestamps.ts';

export interface MailTemplateOverride extends MailTemplateText {
  kind: MailTemplateKind;
  locale: MailLocale;
  updatedAt: string;
  updatedByAdminId: string | null;
}

/** Admins' overrides of the email templates (`mail_templates`, migration 0010). Service-side. */
export function createMailTemplateRows(db: Db) {
  return {
    async get(kind: MailTemplateKind, locale: MailLocale): Promise<MailTemplateText | null> {
      const [row] = await db.query<MailTemplateText>(
        'select subject, body from mail_templates where kind = $1 and locale = $2',
        [kind, locale],
      );
      return row ?? null;
    },

    async all(): Promise<MailTemplateOverride[]> {
      const rows = await db.query<{
        kind: MailTemplateKind;
        locale: MailLocale;
        subject: string;
        body: string;
        updated_at: Date;
        updated_by_admin_id: string | null;
      }>('select kind, locale, subject, body, updated_at, updated_by_admin_id from mail_templates');
      return rows.map((r) => ({
        kind: r.kind,
        locale: r.locale,
        subject: r.subject,
        body: r.body,
        updatedAt: iso(r.updated_at),
        updatedByAdminId: r.updated_by_admin_id,
      }));
    },

    async upsert(
      tx: Queryable,
      kind: MailTemplateKind,
      locale: MailLocale,
      t: MailTemplateText,
      adminId: string,
    ): Promise<void> {
      await tx.query(
        `insert into mail_templates (kind, locale, subject, body, updated_by_admin_id)
         values ($1, $2, $3, $4, $5)
         on conflict (kind, locale) do update
           set subject = excluded.subject, body = excluded.body,
               updated_by_admin_id = excluded.updated_by_admin_id, updated_at = now()`,
        [kind, locale, t.subject, t.body, adminId],
      );
    },

    /** True when there was an override to remove. */
    async remove(tx: Queryable, kind: MailTemplateKind, locale: MailLocale): Promise<boolean> {
      const rows = await tx.query(
        'delete from mail_templates where kind = $1 and locale = $2 returning kind',
        [kind, locale],
      );
      return rows.length > 0;
    },
  };
}

export type MailTemplateRows = ReturnType<typeof createMailTemplateRows> & MailTemplateStore;
