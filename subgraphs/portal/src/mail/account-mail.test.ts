import { describe, expect, it } from 'vitest';
import { passwordResetMail, verificationMail } from './account-mail.ts';

const to = { email: 'a@b.hu', name: 'Anna <b>&</b>', locale: 'hu' as const, customerId: 'c1' };

describe('account mails', () => {
  it('links to the client, in the recipient language, with the name escaped in HTML', () => {
    const mail = verificationMail(to, 'http://localhost:4000/', 'tok_en-1');
    expect(mail.link).toBe('http://localhost:4000/verify-email?token=tok_en-1');
    expect(mail.subject).toBe('Erősítse meg az e-mail-címét');
    expect(mail.text).toContain('Kedves Anna <b>&</b>!');
    expect(mail.html).toContain('Kedves Anna &lt;b&gt;&amp;&lt;/b&gt;!');
    expect(mail.html).toContain('href="http://localhost:4000/verify-email?token=tok_en-1"');

    const reset = passwordResetMail({ ...to, locale: 'en' }, 'https://portal.example', 'x');
    expect(reset).toMatchObject({
      kind: 'password_reset',
      subject: 'Set a new password',
      link: 'https://portal.example/reset-password?token=x',
      locale: 'en',
    });
  });
});
