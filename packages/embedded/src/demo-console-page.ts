/**
 * The demo company console's page: plain HTML and fetch, nothing loaded from elsewhere.
 * Labels in Hungarian and English side by side (a development tool, not the product).
 */
export const DEMO_CONSOLE_HTML = `<!doctype html>
<html lang="hu">
<head>
<meta charset="utf-8">
<title>Demó cég konzol · Demo company console</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
  h1 { font-size: 1.4rem; }
  .hint { color: #666; max-width: 60rem; }
  table { border-collapse: collapse; margin-top: 1rem; width: 100%; }
  th, td { border-bottom: 1px solid #ddd; padding: .4rem .6rem; text-align: left; }
  th { background: #f4f4f4; }
  button { margin: 0 .2rem .2rem 0; cursor: pointer; }
  .status { font-weight: 600; }
  #message { min-height: 1.4em; color: #a40000; }
</style>
</head>
<body>
<h1>Demó cég konzol · Demo company console</h1>
<p class="hint">Itt a demó cég munkatársaként dolgozhat: a portálról beküldött ajánlatokat
megrendeli, gyártásba adja, késznek jelöli, átadja vagy törli, és rögzíti a fizetést. A portál
azonnal követi (webhook). · Act as the demo company's staff: order a submitted portal quote,
start production, mark it ready, hand it over or cancel it, record a payment. The portal follows
at once (webhook).</p>
<label>Cég · Company: <select id="company"></select></label>
<button id="refresh">Frissítés · Refresh</button>
<p id="message" role="status"></p>
<table>
  <thead><tr>
    <th>Ajánlat · Quote</th><th>Ügyfél · Customer</th><th>Állapot · Status</th>
    <th>Rendelésszám · Order</th><th>Fizetés · Payment</th><th>Bruttó · Gross</th><th></th>
  </tr></thead>
  <tbody id="quotes"></tbody>
</table>
<script>
const LABELS = {
  draft: 'Piszkozat · Draft', accepted: 'Elfogadva · Accepted',
  ordered: 'Megrendelve · Ordered', in_production: 'Gyártásban · In production',
  ready: 'Gyártás kész · Ready', finished: 'Átadva · Handed over',
  cancelled: 'Törölve · Cancelled', not_paid: 'Nincs fizetve · Not paid',
  partial: 'Részben fizetve · Partly paid', paid: 'Fizetve · Paid',
};
const label = (v) => LABELS[v] || v;
const $ = (id) => document.getElementById(id);
const api = (path) => 'api/companies' + path;

async function call(path, body) {
  const res = await fetch(api(path), body === undefined ? {} : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

function cell(text) { const td = document.createElement('td'); td.textContent = text; return td; }
function button(text, onClick) {
  const b = document.createElement('button'); b.textContent = text; b.onclick = onClick; return b;
}

async function act(path, body) {
  $('message').textContent = '';
  try { await call(path, body); } catch (e) { $('message').textContent = e.message; }
  await load();
}

async function load() {
  const slug = $('company').value;
  if (!slug) return;
  const quotes = await call('/' + slug + '/quotes');
  const body = $('quotes');
  body.replaceChildren();
  if (quotes.length === 0) {
    const tr = document.createElement('tr');
    const td = cell('Még nincs beküldött ajánlat · No submitted quotes yet');
    td.colSpan = 7; tr.append(td); body.append(tr);
  }
  for (const q of quotes) {
    const tr = document.createElement('tr');
    const status = cell(label(q.status)); status.className = 'status';
    tr.append(cell(q.quoteNumber), cell(q.customerName), status, cell(q.orderNumber || '—'),
      cell(label(q.paymentStatus)), cell(q.totalGross));
    const actions = document.createElement('td');
    const base = '/' + slug + '/quotes/' + q.id;
    if (q.next) actions.append(button('→ ' + label(q.next), () => act(base + '/move', { to: q.next })));
    if (q.cancellable) actions.append(button(label('cancelled'), () => act(base + '/move', { to: 'cancelled' })));
    for (const p of ['partial', 'paid']) {
      if (q.paymentStatus !== p) actions.append(button(label(p), () => act(base + '/pay', { status: p })));
    }
    tr.append(actions);
    body.append(tr);
  }
}

(async () => {
  const companies = await call('');
  for (const c of companies) $('company').append(new Option(c.name, c.slug));
  $('company').onchange = load;
  $('refresh').onclick = load;
  await load();
  setInterval(() => load().catch(() => {}), 3000);
})().catch((e) => { $('message').textContent = e.message; });
</script>
</body>
</html>
`;
