import { describe, expect, it } from 'vitest';
import { passwordResetMail, verificationMail } from './account-mail.ts';
import {
  applyOverride,
  checkTemplate,
  DEFAULT_TEMPLATES,
  MAIL_TEMPLATE_KINDS,
  renderTemplate,
  sampleVars,
} from './mail-templates.ts';
import { orderReadyMail } from './order-mail.ts';

const to = { email: 'a@b.hu', name: 'Anna <b>', customerId: 'c1' };

describe('mail templates', () => {
  it('has defaults that render exactly the built-in mails', () => {
    for (const locale of ['hu', 'en'] as const) {
      const built = [
        verificationMail({ ...to, locale }, 'http://x.test', 'tok'),
        passwordResetMail({ ...to, locale }, 'http://x.test', 'tok'),
        orderReadyMail({
          to: { ...to, locale },
          orderId: 'o1',
          number: 'ORD-1',
          quoteNumber: 'PQ-2026-001',
          companyName: 'Zeta',
          publicUrl: 'http://x.test',
        }),
      ];
      for (const mail of built) {
        const template = DEFAULT_TEMPLATES[mail.template!.key][locale];
        const rendered = renderTemplate(template, mail.template!.vars, locale);
        expect(rendered.subject).toBe(mail.subject);
        expect(rendered.text).toBe(mail.text);
      }
    }
  });

  it('accepts every default and refuses bad templates with a code', () => {
    for (const kind of MAIL_TEMPLATE_KINDS) {
      for (const locale of ['hu', 'en'] as const) {
        expect(checkTemplate(kind, DEFAULT_TEMPLATES[kind][locale])).toBeNull();
      }
    }
    const code = (subject: string, body: string) =>
      checkTemplate('order_ready', { subject, body })?.code ?? null;
    expect(code('Ready {{number}}', '{{ link }} {{company}}')).toBeNull();
    expect(code('Ready {{hours}}', '{{link}}')).toBe('UNKNOWN_PLACEHOLDER');
    expect(code('x', '{{link}} {{name')).toBe('MALFORMED_PLACEHOLDER');
    expect(code('x', '{{link}} name}}')).toBe('MALFORMED_PLACEHOLDER');
    expect(code('x', 'no link')).toBe('MISSING_LINK');
    expect(code('', '{{link}}')).toBe('EMPTY_TEMPLATE');
    expect(code('{{link}}', '{{link}}')).toBe('MALFORMED_PLACEHOLDER');
  });

  it('escapes values and text in HTML and links the link', () => {
    const html = renderTemplate(
      { subject: 's', body: 'Hi {{name}} & co\n\n{{link}}' },
      { name: '<script>', link: 'https://x.test/?a=1&b="2"' },
      'en',
    ).html;
    expect(html).toContain('<p>Hi &lt;script&gt; &amp; co</p>');
    expect(html).toContain('<a href="https://x.test/?a=1&amp;b=&quot;2&quot;">');
    expect(html).not.toContain('<script>');
  });

  it('applies an override only when there is a usable one', async () => {
    const mail = verificationMail({ ...to, locale: 'en' }, 'http://x.test', 'tok');
    const none = await applyOverride(mail, { get: async () => null });
    expect(none).toBe(mail);
    const broken = await applyOverride(mail, {
      get: async () => ({ subject: 'x', body: 'no link' }),
    });
    expect(broken.subject).toBe(mail.subject);
    const used = await applyOverride(mail, {
      get: async () => ({ subject: 'Hi {{name}}', body: 'Go: {{link}}' }),
    });
    expect(used.subject).toBe('Hi Anna <b>');
    expect(used.text).toBe(`Go: ${mail.link}\n`);
    expect(sampleVars('order_ready', 'hu').company).toBeTruthy();
  });
});
