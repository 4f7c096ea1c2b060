import type { Db } from '@portal/db';
import type { Mail } from '../mail/mailer.ts';
import { iso } from './timestamps.ts';

/** A message of the mail outbox. */
export interface MailRow {
  id: string;
  kind: 'verification' | 'password_reset' | 'notification';
  to: string;
  subject: string;
  text: string;
  html: string;
  link: string | null;
  locale: 'hu' | 'en';
  createdAt: string;
}

/** The mail outbox of the embedded default. Service-side: the dev mail page is not per customer. */
export function createMailOutbox(db: Db) {
  return {
    async add(mail: Mail): Promise<void> {
      await db.query(
        `insert into mail_outbox
           (kind, to_address, subject, text_body, html_body, link, locale, customer_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          mail.kind,
          mail.to,
          mail.subject,
          mail.text,
          mail.html,
          mail.link,
          mail.locale,
          mail.customerId,
        ],
      );
    },

    async latest(limit: number): Promise<MailRow[]> {
      const rows = await db.query<Omit<MailRow, 'createdAt'> & { created_at: Date }>(
        `select id, kind, to_address as "to", subject, text_body as text, html_body as html,
                link, locale, created_at
           from mail_outbox order by created_at desc, id limit $1`,
        [limit],
      );
      return rows.map(({ created_at, ...row }) => ({ ...row, createdAt: iso(created_at) }));
    },
  };
}

export type MailOutbox = ReturnType<typeof createMailOutbox>;
