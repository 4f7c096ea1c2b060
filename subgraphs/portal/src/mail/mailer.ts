import type { MailTemplateUse } from './mail-templates.ts';

/** An email the portal sends: account links and notifications, already rendered. */
export interface Mail {
  kind: 'verification' | 'password_reset' | 'notification';
  to: string;
  locale: 'hu' | 'en';
  subject: string;
  text: string;
  html: string;
  /** The link the mail asks the reader to open, kept beside the mail for the dev mail page. */
  link: string | null;
  /** The customer the mail is about; their mails are erased with the account. */
  customerId: string | null;
  /** The template and values it was made from, so an admin's override can render it again
   * (`mail-templates.ts`); absent for mails no template covers. */
  template?: MailTemplateUse;
}

export interface Mailer {
  /** Whether mail is kept in the outbox table (the embedded default) rather than sent. */
  readonly keepsOutbox: boolean;
  send(mail: Mail): Promise<void>;
  close?(): Promise<void>;
}

export class MailDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MailDeliveryError';
  }
}
