-- Orders: the portal's mirror of what became of its submitted quotes in the companies'
-- databases (docs/orders.md). The order sync (subgraphs/portal/src/orders/) pulls the
-- company's state through `portal_order_updates` and is the only writer of these tables; it runs
-- as the owner (the service side). Customers only read, under RLS: an order is visible exactly
-- when its quote is (the quote policy of 0004: the customer's own, at a company they are
-- connected to now), and an event exactly when its order is.

-- One order per submitted portal quote, created on the first update the company reports for it.
create table public.orders (
  id uuid primary key default gen_random_uuid(),
  quote_id uuid not null unique references public.quotes (id) on delete cascade,
  customer_id uuid not null references public.customers (id) on delete cascade,
  company_id uuid not null references public.companies (id) on delete restrict,
  company_quote_id uuid not null,
  company_quote_number text not null,
  -- The company's `ORD-YYYY-MM-DD-NNN`, null until the company orders the quote.
  order_number text,
  -- The portal's status (the company's mapped, docs/orders.md); `company_status` keeps theirs.
  status text not null check (
    status in ('submitted', 'ordered', 'in_production', 'ready', 'finished', 'cancelled')
  ),
  company_status text not null,
  payment_status text not null default 'not_paid'
    check (payment_status in ('not_paid', 'partial', 'paid')),
  ordered_at timestamptz,
  in_production_at timestamptz,
  ready_at timestamptz,
  finished_at timestamptz,
  cancelled_at timestamptz,
  -- The company deleted its quote (soft delete); the order shows as cancelled.
  company_deleted boolean not null default false,
  -- The company row's updated_at as last synced.
  company_updated_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, company_quote_id)
);

create index orders_customer_updated_idx on public.orders (customer_id, updated_at desc, id desc);
create index orders_company_idx on public.orders (company_id);

alter table public.orders enable row level security;
revoke all on public.orders from anon, authenticated;
grant select on public.orders to authenticated;
grant all on public.orders to service_role;

-- The quotes policy decides: the subquery runs under the customer's RLS on `quotes`.
create policy orders_own_read on public.orders
  for select to authenticated
  using (
    customer_id = auth.uid()
    and exists (select from public.quotes q where q.id = orders.quote_id)
  );

-- The timeline: one row per actual change (the sync compares states, so a repeated update
-- appends nothing). `created` when the order first appears, `status` / `payment` with the old
-- and new value, `deleted` when the company deletes its quote.
create table public.order_events (
  id bigserial primary key,
  order_id uuid not null references public.orders (id) on delete cascade,
  at timestamptz not null default now(),
  kind text not null check (kind in ('created', 'status', 'payment', 'deleted')),
  from_value text,
  to_value text
);

create index order_events_order_idx on public.order_events (order_id, id);

alter table public.order_events enable row level security;
revoke all on public.order_events from anon, authenticated;
grant select on public.order_events to authenticated;
grant all on public.order_events to service_role;
grant usage on sequence public.order_events_id_seq to service_role;

create policy order_events_own_read on public.order_events
  for select to authenticated
  using (exists (select from public.orders o where o.id = order_events.order_id));

-- Where the sync of each company stands: the contract's opaque cursor, saved in the same
-- transaction as the changes it covers, and the last outcome (for the admin health view).
create table public.order_sync_cursors (
  company_id uuid primary key references public.companies (id) on delete cascade,
  cursor text,
  last_success_at timestamptz,
  last_error text,
  last_error_at timestamptz,
  updated_at timestamptz not null default now()
);

alter table public.order_sync_cursors enable row level security;
revoke all on public.order_sync_cursors from anon, authenticated;
grant all on public.order_sync_cursors to service_role;

-- Notifications an order change asks for, written in the sync's transaction: the unique key
-- makes "mail when ready" happen once per order however often the sync sees it. A dispatcher
-- sends the rendered mail after the commit and marks it sent.
create table public.order_notifications (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references public.orders (id) on delete cascade,
  kind text not null check (kind in ('ready')),
  mail jsonb not null check (jsonb_typeof(mail) = 'object'),
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  attempts int not null default 0,
  last_error text,
  unique (order_id, kind)
);

create index order_notifications_pending_idx on public.order_notifications (created_at)
  where sent_at is null;

alter table public.order_notifications enable row level security;
revoke all on public.order_notifications from anon, authenticated;
grant all on public.order_notifications to service_role;

-- The secret a company signs its order webhooks with, encrypted like the company key
-- (AES-256-GCM with PORTAL_ENCRYPTION_KEY, 'v1:<iv>:<tag>:<ciphertext>'); null: no webhook.
-- Not granted to anon or authenticated (0002 grants them named columns only).
alter table public.companies
  add column webhook_secret_ciphertext text check (webhook_secret_ciphertext like 'v1:%');

-- Signatures of accepted webhook calls, kept for the replay window (5 minutes) so the same
-- signed call is refused the second time, by any portal instance.
create table public.webhook_deliveries (
  company_id uuid not null references public.companies (id) on delete cascade,
  signature text not null,
  received_at timestamptz not null default now(),
  primary key (company_id, signature)
);

create index webhook_deliveries_received_idx on public.webhook_deliveries (received_at);

alter table public.webhook_deliveries enable row level security;
revoke all on public.webhook_deliveries from anon, authenticated;
grant all on public.webhook_deliveries to service_role;
