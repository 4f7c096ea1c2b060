import nodemailer from 'nodemailer';
import { type Mail, MailDeliveryError, type Mailer } from './mailer.ts';

/** Sends mail over SMTP (`SMTP_URL`, e.g. `smtps://user:pass@smtp.example.com:465`). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    keepsOutbox: false,
    async send(mail: Mail) {
      try {
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
      } catch (error) {
        throw new MailDeliveryError(`SMTP delivery of a ${mail.kind} mail failed`, {
          cause: error,
        });
      }
    },
    async close() {
      transport.close();
    },
  };
}
