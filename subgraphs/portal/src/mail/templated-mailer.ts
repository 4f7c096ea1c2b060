import { applyOverride, type MailTemplateStore } from './mail-templates.ts';
import type { Mailer } from './mailer.ts';

/**
 * Sends through `inner`, with an admin's template override applied first (read at each send, so
 * every instance uses a change at once; mails are few). A store that fails to answer sends the
 * built-in text rather than no mail.
 */
export function withMailTemplates(
  inner: Mailer,
  store: MailTemplateStore,
  log: (line: string) => void,
): Mailer {
  return {
    get keepsOutbox() {
      return inner.keepsOutbox;
    },
    async send(mail) {
      let final = mail;
      try {
        final = await applyOverride(mail, store);
      } catch (error) {
        log(`mail template override not applied (${mail.kind}): ${(error as Error).message}`);
      }
      const { template: _template, ...plain } = final;
      await inner.send(plain);
    },
    ...(inner.close ? { close: () => inner.close!() } : {}),
  };
}
