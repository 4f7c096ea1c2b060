import type { MailOutbox } from '../data/mail-outbox.ts';
import type { Mail, Mailer } from './mailer.ts';

/**
 * The embedded default's mailer: nothing leaves the machine. Each mail is kept in the mail
 * outbox (the dev mail page reads it) and its link is logged, so a newcomer can click it.
 */
export function createOutboxMailer(
  outbox: MailOutbox,
  log: (line: string) => void = (line) => console.log(line),
): Mailer {
  return {
    keepsOutbox: true,
    async send(mail: Mail) {
      await outbox.add(mail);
      log(`mail to ${mail.to}: ${mail.subject}${mail.link ? ` — ${mail.link}` : ''}`);
    },
  };
}
