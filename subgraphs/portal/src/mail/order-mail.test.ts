import { describe, expect, it } from 'vitest';
import { orderReadyMail } from './order-mail.ts';

const input = {
  orderId: '00000000-0000-4000-8000-000000000001',
  number: 'ORD-2026-11-24-001',
  quoteNumber: 'PQ-2026-001',
  companyName: 'Turinova <Lapszabászat>',
  publicUrl: 'http://127.0.0.1:4000/',
};

describe('orderReadyMail', () => {
  it('speaks Hungarian and links to the order page', () => {
    const mail = orderReadyMail({
      ...input,
      to: { email: 'a@x.hu', name: 'Anna', locale: 'hu', customerId: 'c1' },
    });
    expect(mail.subject).toBe('Elkészült a rendelése (ORD-2026-11-24-001)');
    expect(mail.link).toBe('http://127.0.0.1:4000/orders/00000000-0000-4000-8000-000000000001');
    expect(mail.text).toContain('Kedves Anna!');
    expect(mail.html).toContain('Turinova &lt;Lapszabászat&gt;');
    expect(mail.kind).toBe('notification');
  });

  it('speaks English for an English customer', () => {
    const mail = orderReadyMail({
      ...input,
      to: { email: 'a@x.hu', name: 'Ann', locale: 'en', customerId: 'c1' },
    });
    expect(mail.subject).toBe('Your order is ready (ORD-2026-11-24-001)');
    expect(mail.locale).toBe('en');
  });
});
