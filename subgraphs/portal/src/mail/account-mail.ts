import type { Mail } from './mailer.ts';

type Locale = 'hu' | 'en';

/** How long the links stay valid, as the mails say it; the token rows use the same numbers. */
export const EMAIL_TOKEN_TTL_HOURS = { verify_email: 48, reset_password: 1 } as const;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Names are the customer's own text: markup in them must show as text, never run. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

interface Texts {
  subject: string;
  greeting: (name: string) => string;
  body: string;
  action: string;
  ignore: string;
}

const VERIFICATION: Record<Locale, Texts> = {
  hu: {
    subject: 'Erősítse meg az e-mail-címét',
    greeting: (name) => `Kedves ${name}!`,
    body: `Köszönjük a regisztrációt. Az alábbi linkkel erősítse meg az e-mail-címét (${EMAIL_TOKEN_TTL_HOURS.verify_email} óráig érvényes):`,
    action: 'E-mail-cím megerősítése',
    ignore: 'Ha nem Ön regisztrált, hagyja figyelmen kívül ezt a levelet.',
  },
  en: {
    subject: 'Confirm your email address',
    greeting: (name) => `Dear ${name},`,
    body: `Thank you for registering. Open this link to confirm your email address (valid for ${EMAIL_TOKEN_TTL_HOURS.verify_email} hours):`,
    action: 'Confirm email address',
    ignore: 'If you did not register, ignore this email.',
  },
};

const PASSWORD_RESET: Record<Locale, Texts> = {
  hu: {
    subject: 'Új jelszó beállítása',
    greeting: (name) => `Kedves ${name}!`,
    body: `Új jelszót kért. Az alábbi linken állíthatja be (${EMAIL_TOKEN_TTL_HOURS.reset_password} óráig érvényes, egyszer használható):`,
    action: 'Új jelszó beállítása',
    ignore: 'Ha nem Ön kérte, hagyja figyelmen kívül ezt a levelet: a jelszava nem változik.',
  },
  en: {
    subject: 'Set a new password',
    greeting: (name) => `Dear ${name},`,
    body: `You asked for a new password. Set it with this link (valid for ${EMAIL_TOKEN_TTL_HOURS.reset_password} hour, once):`,
    action: 'Set a new password',
    ignore: 'If you did not ask for it, ignore this email: your password stays the same.',
  },
};

function render(
  texts: Texts,
  kind: Mail['kind'],
  to: { email: string; name: string; locale: Locale; customerId: string },
  link: string,
): Mail {
  const text = [texts.greeting(to.name), '', texts.body, link, '', texts.ignore, ''].join('\n');
  const html = `<!doctype html>
<html lang="${to.locale}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(texts.greeting(to.name))}</p>
<p>${escapeHtml(texts.body)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(texts.action)}</a></p>
<p style="color:#666">${escapeHtml(texts.ignore)}</p>
</body></html>
`;
  return {
    kind,
    to: to.email,
    locale: to.locale,
    subject: texts.subject,
    text,
    html,
    link,
    customerId: to.customerId,
    template: {
      key: kind === 'verification' ? 'verification' : 'password_reset',
      vars: {
        name: to.name,
        link,
        hours: String(
          EMAIL_TOKEN_TTL_HOURS[kind === 'verification' ? 'verify_email' : 'reset_password'],
        ),
      },
    },
  };
}

export interface MailRecipient {
  email: string;
  name: string;
  locale: Locale;
  customerId: string;
}

/** The link is the client's page that calls `verifyEmail` with the token. */
export function verificationMail(to: MailRecipient, publicUrl: string, token: string): Mail {
  const link = `${publicUrl.replace(/\/$/, '')}/verify-email?token=${encodeURIComponent(token)}`;
  return render(VERIFICATION[to.locale], 'verification', to, link);
}

/** The link is the client's page that asks for a new password and calls `resetPassword`. */
export function passwordResetMail(to: MailRecipient, publicUrl: string, token: string): Mail {
  const link = `${publicUrl.replace(/\/$/, '')}/reset-password?token=${encodeURIComponent(token)}`;
  return render(PASSWORD_RESET[to.locale], 'password_reset', to, link);
}
