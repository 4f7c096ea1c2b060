import { EMAIL_TOKEN_TTL_HOURS } from './account-mail.ts';
import type { Mail } from './mailer.ts';

/*
 * Email templates an admin may override (Settings in the admin UI, docs/admin.md). A template
 * is a subject and a plain-text body with `{{placeholder}}`s; the HTML part is made from the
 * body (escaped, paragraphs, the link as a link). Without an override the built-in mails of
 * `account-mail.ts` and `order-mail.ts` go out unchanged; the defaults below are the same texts
 * written as templates (`mail-templates.test.ts` keeps them equal).
 */

export type MailTemplateKind = 'verification' | 'password_reset' | 'order_ready';
export type MailLocale = 'hu' | 'en';

export const MAIL_TEMPLATE_KINDS: readonly MailTemplateKind[] = [
  'verification',
  'password_reset',
  'order_ready',
];

/** Which placeholders each template may use; `link` is required in every body. */
export const TEMPLATE_PLACEHOLDERS: Record<MailTemplateKind, readonly string[]> = {
  verification: ['name', 'link', 'hours'],
  password_reset: ['name', 'link', 'hours'],
  order_ready: ['name', 'link', 'number', 'quoteNumber', 'company'],
};

/** What a mail needs to be rendered again from an override: its template and values. */
export interface MailTemplateUse {
  key: MailTemplateKind;
  vars: Record<string, string>;
}

export interface MailTemplateText {
  subject: string;
  body: string;
}

export const DEFAULT_TEMPLATES: Record<MailTemplateKind, Record<MailLocale, MailTemplateText>> = {
  verification: {
    hu: {
      subject: 'Erősítse meg az e-mail-címét',
      body: 'Kedves {{name}}!\n\nKöszönjük a regisztrációt. Az alábbi linkkel erősítse meg az e-mail-címét ({{hours}} óráig érvényes):\n{{link}}\n\nHa nem Ön regisztrált, hagyja figyelmen kívül ezt a levelet.',
    },
    en: {
      subject: 'Confirm your email address',
      body: 'Dear {{name}},\n\nThank you for registering. Open this link to confirm your email address (valid for {{hours}} hours):\n{{link}}\n\nIf you did not register, ignore this email.',
    },
  },
  password_reset: {
    hu: {
      subject: 'Új jelszó beállítása',
      body: 'Kedves {{name}}!\n\nÚj jelszót kért. Az alábbi linken állíthatja be ({{hours}} óráig érvényes, egyszer használható):\n{{link}}\n\nHa nem Ön kérte, hagyja figyelmen kívül ezt a levelet: a jelszava nem változik.',
    },
    en: {
      subject: 'Set a new password',
      body: 'Dear {{name}},\n\nYou asked for a new password. Set it with this link (valid for {{hours}} hour, once):\n{{link}}\n\nIf you did not ask for it, ignore this email: your password stays the same.',
    },
  },
  order_ready: {
    hu: {
      subject: 'Elkészült a rendelése ({{number}})',
      body: 'Kedves {{name}}!\n\nA(z) {{company}} elkészítette a(z) {{number}} számú rendelését (ajánlat: {{quoteNumber}}): átvehető.\n{{link}}\n\nEzt a levelet azért kapta, mert kérte az értesítést a kész rendelésekről.',
    },
    en: {
      subject: 'Your order is ready ({{number}})',
      body: 'Dear {{name}},\n\n{{company}} has finished your order {{number}} (quote {{quoteNumber}}): it is ready for pickup.\n{{link}}\n\nYou get this email because you asked to be told when an order is ready.',
    },
  },
};

/** Sample values for the preview in the admin UI. */
export function sampleVars(kind: MailTemplateKind, locale: MailLocale): Record<string, string> {
  const name = locale === 'hu' ? 'Kovács Anna' : 'Anna Kovács';
  switch (kind) {
    case 'verification':
      return {
        name,
        link: 'https://portal.example/verify-email?token=SAMPLE',
        hours: String(EMAIL_TOKEN_TTL_HOURS.verify_email),
      };
    case 'password_reset':
      return {
        name,
        link: 'https://portal.example/reset-password?token=SAMPLE',
        hours: String(EMAIL_TOKEN_TTL_HOURS.reset_password),
      };
    case 'order_ready':
      return {
        name,
        link: 'https://portal.example/orders/SAMPLE',
        number: 'ORD-2026-11-24-001',
        quoteNumber: 'PQ-2026-042',
        company: 'Turinova Lapszabászat Kft.',
      };
  }
}

export type TemplateErrorCode =
  | 'EMPTY_TEMPLATE'
  | 'UNKNOWN_PLACEHOLDER'
  | 'MALFORMED_PLACEHOLDER'
  | 'MISSING_LINK'
  | 'TEMPLATE_TOO_LONG';

export interface TemplateError {
  code: TemplateErrorCode;
  message: string;
  field: 'subject' | 'body';
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const LIMITS = { subject: 200, body: 5000 } as const;

/** Null when the template can be used; else the first problem, naming the field. */
export function checkTemplate(kind: MailTemplateKind, t: MailTemplateText): TemplateError | null {
  const allowed = TEMPLATE_PLACEHOLDERS[kind];
  for (const field of ['subject', 'body'] as const) {
    const value = t[field];
    if (value.trim() === '') {
      return { code: 'EMPTY_TEMPLATE', message: `The ${field} is empty`, field };
    }
    if (value.length > LIMITS[field]) {
      return {
        code: 'TEMPLATE_TOO_LONG',
        message: `The ${field} is at most ${LIMITS[field]} characters`,
        field,
      };
    }
    for (const match of value.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      if (!allowed.includes(name)) {
        return {
          code: 'UNKNOWN_PLACEHOLDER',
          message: `Unknown placeholder {{${name.slice(0, 40)}}} in the ${field}; use ${allowed.map((p) => `{{${p}}}`).join(', ')}`,
          field,
        };
      }
    }
    // Braces left once every placeholder is taken out: an unclosed or stray `{{` / `}}`.
    const rest = value.replace(PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}')) {
      return {
        code: 'MALFORMED_PLACEHOLDER',
        message: `The ${field} has an unclosed placeholder: write them as {{name}}`,
        field,
      };
    }
  }
  if (!/\{\{\s*link\s*\}\}/.test(t.body)) {
    return {
      code: 'MISSING_LINK',
      message: 'The body must contain {{link}}: the mail is useless without it',
      field: 'body',
    };
  }
  if (/\{\{\s*link\s*\}\}/.test(t.subject) || t.subject.includes('\n')) {
    return {
      code: 'MALFORMED_PLACEHOLDER',
      message: 'The subject is one line and holds no link',
      field: 'subject',
    };
  }
  return null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const fill = (template: string, vars: Record<string, string>, wrap = (v: string) => v) =>
  template.replace(PLACEHOLDER, (_m, name: string) => wrap(vars[name] ?? ''));

/** Subject, text and HTML of a (checked) template with these values. */
export function renderTemplate(
  t: MailTemplateText,
  vars: Record<string, string>,
  locale: MailLocale,
): { subject: string; text: string; html: string } {
  const subject = fill(t.subject, vars).replace(/\s+/g, ' ').trim();
  const text = `${fill(t.body, vars)}\n`;
  // Escaped text around the placeholders; values escaped too, the link as an anchor.
  const paragraphs = t.body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const parts: string[] = [];
      let last = 0;
      for (const match of p.matchAll(PLACEHOLDER)) {
        parts.push(escapeHtml(p.slice(last, match.index)));
        const name = match[1]!;
        const value = vars[name] ?? '';
        parts.push(
          name === 'link'
            ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`
            : escapeHtml(value),
        );
        last = match.index + match[0].length;
      }
      parts.push(escapeHtml(p.slice(last)));
      return `<p>${parts.join('').replace(/\n/g, '<br>\n')}</p>`;
    });
  const html = `<!doctype html>
<html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
${paragraphs.join('\n')}
</body></html>
`;
  return { subject, text, html };
}

/** Where overrides are kept (`data/mail-template-rows.ts`). */
export interface MailTemplateStore {
  get(kind: MailTemplateKind, locale: MailLocale): Promise<MailTemplateText | null>;
}

/** The mail as it goes out: re-rendered from an admin's override when there is one. */
export async function applyOverride(mail: Mail, store: MailTemplateStore): Promise<Mail> {
  if (!mail.template) return mail;
  const override = await store.get(mail.template.key, mail.locale);
  if (!override || checkTemplate(mail.template.key, override)) return mail;
  return { ...mail, ...renderTemplate(override, mail.template.vars, mail.locale) };
}

/** A template as the admin Settings page shows it. */
export interface MailTemplateView extends MailTemplateText {
  kind: MailTemplateKind;
  locale: MailLocale;
  customized: boolean;
  updatedAt: string | null;
}
