import type { Mail } from './mailer.ts';

type Locale = 'hu' | 'en';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Names come from customers and companies: markup in them must show as text, never run. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface OrderReadyMailInput {
  to: { email: string; name: string; locale: Locale; customerId: string };
  orderId: string;
  /** The company's order number, else its quote number. */
  number: string;
  /** The portal quote number, `PQ-YYYY-NNN`. */
  quoteNumber: string;
  companyName: string;
  publicUrl: string;
}

const TEXTS: Record<
  Locale,
  {
    subject: (number: string) => string;
    greeting: (name: string) => string;
    body: (number: string, quote: string, company: string) => string;
    action: string;
    footer: string;
  }
> = {
  hu: {
    subject: (n) => `Elkészült a rendelése (${n})`,
    greeting: (name) => `Kedves ${name}!`,
    body: (n, q, c) =>
      `A(z) ${c} elkészítette a(z) ${n} számú rendelését (ajánlat: ${q}): átvehető.`,
    action: 'Rendelés megnyitása',
    footer: 'Ezt a levelet azért kapta, mert kérte az értesítést a kész rendelésekről.',
  },
  en: {
    subject: (n) => `Your order is ready (${n})`,
    greeting: (name) => `Dear ${name},`,
    body: (n, q, c) => `${c} has finished your order ${n} (quote ${q}): it is ready for pickup.`,
    action: 'Open the order',
    footer: 'You get this email because you asked to be told when an order is ready.',
  },
};

/** "Your order is ready", in the customer's language, linking to the order page. */
export function orderReadyMail(input: OrderReadyMailInput): Mail {
  const t = TEXTS[input.to.locale];
  const link = `${input.publicUrl.replace(/\/$/, '')}/orders/${encodeURIComponent(input.orderId)}`;
  const body = t.body(input.number, input.quoteNumber, input.companyName);
  const text = [t.greeting(input.to.name), '', body, link, '', t.footer, ''].join('\n');
  const html = `<!doctype html>
<html lang="${input.to.locale}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(t.greeting(input.to.name))}</p>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(t.action)}</a></p>
<p style="color:#666">${escapeHtml(t.footer)}</p>
</body></html>
`;
  return {
    kind: 'notification',
    to: input.to.email,
    locale: input.to.locale,
    subject: t.subject(input.number),
    text,
    html,
    link,
    customerId: input.to.customerId,
    template: {
      key: 'order_ready',
      vars: {
        name: input.to.name,
        link,
        number: input.number,
        quoteNumber: input.quoteNumber,
        company: input.companyName,
      },
    },
  };
}
