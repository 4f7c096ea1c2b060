-- Saved quotes (portal drafts) of customers at companies, numbered `PQ-YYYY-NNN`.
--
-- The cut list, accessories and fees are stored as jsonb arrays on the quote, not as child
-- tables: a draft is always written whole (autosave replaces the cut list) and checked as one
-- unit by `version`, so child rows would mean deleting and re-inserting up to a thousand rows
-- on every keystroke-driven save for no query that needs them. The portal validates each line
-- (zod, `quote-input.ts`) before writing; the checks below keep the shape and the size bounded
-- whatever writes. Normalised rows are made on submission, in the company's `quote_panels`.
--
-- Customer statements run as `authenticated` under RLS: a customer sees and changes only their
-- own quotes, only at companies they are connected to now (and that are active: `companies`
-- is under RLS too), and changes only drafts.

-- One counter row per year; `next_quote_number()` takes the row lock with an upsert, so
-- concurrent creates get consecutive numbers and never the same one.
create table public.quote_number_counters (
  year int primary key check (year between 2000 and 9999),
  last_number int not null check (last_number > 0)
);

alter table public.quote_number_counters enable row level security;
revoke all on public.quote_number_counters from anon, authenticated;
grant all on public.quote_number_counters to service_role;

-- Security definer: customers may draw a number, never read or set the counters.
create function public.next_quote_number() returns text
  language plpgsql volatile security definer
  set search_path = public, pg_temp
  as $$
declare
  y int := extract(year from now() at time zone 'Europe/Budapest')::int;
  n int;
begin
  insert into public.quote_number_counters as c (year, last_number) values (y, 1)
    on conflict (year) do update set last_number = c.last_number + 1
    returning c.last_number into n;
  -- three digits at least; the 1000th quote of a year simply gets four
  return format('PQ-%s-%s', y, lpad(n::text, greatest(3, length(n::text)), '0'));
end
$$;

revoke all on function public.next_quote_number() from public;
grant execute on function public.next_quote_number() to authenticated, service_role;

create table public.quotes (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers (id) on delete cascade,
  company_id uuid not null references public.companies (id) on delete restrict,
  number text not null default public.next_quote_number()
    check (number ~ '^PQ-[0-9]{4}-[0-9]{3,}$'),
  status text not null default 'draft' check (
    status in ('draft', 'submitting', 'submitted', 'ordered', 'in_production', 'ready',
               'finished', 'cancelled')
  ),
  comment text check (length(comment) <= 2000),
  panels jsonb not null default '[]'
    check (jsonb_typeof(panels) = 'array' and jsonb_array_length(panels) <= 1000),
  accessories jsonb not null default '[]'
    check (jsonb_typeof(accessories) = 'array' and jsonb_array_length(accessories) <= 200),
  fees jsonb not null default '[]'
    check (jsonb_typeof(fees) = 'array' and jsonb_array_length(fees) <= 100),
  -- Optimistic concurrency: every write of a draft names the version it read and bumps it.
  version int not null default 1 check (version > 0),
  -- The price (null until priced on the server, never from the client): the unit prices,
  -- rates, settings and catalog version used and when, and the totals they gave.
  snapshot jsonb check (snapshot is null or jsonb_typeof(snapshot) = 'object'),
  catalog_version text,
  priced_at timestamptz,
  currency text,
  total_net numeric(12, 2),
  total_vat numeric(12, 2),
  total_gross numeric(12, 2),
  discount_percent numeric(5, 2) check (discount_percent between 0 and 100),
  final_total numeric(12, 2),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  -- priced all at once or not at all
  check (
    (priced_at is null) = (total_gross is null)
    and (priced_at is null) = (snapshot is null)
  )
);

-- `PQ-YYYY-NNN` carries the year, so unique overall is unique per year.
create unique index quotes_number_key on public.quotes (number);
-- The saved-quotes list: one customer's live quotes by status, newest change first.
create index quotes_customer_list_idx
  on public.quotes (customer_id, status, updated_at desc, id desc) where deleted_at is null;
create index quotes_customer_updated_idx
  on public.quotes (customer_id, updated_at desc, id desc) where deleted_at is null;
-- Search by number prefix (`PQ-2026-01…`); comment search is a substring match over one
-- customer's quotes, which the customer indexes above already narrow down (pg_trgm is not
-- available on every engine the portal runs on).
create index quotes_number_pattern_idx on public.quotes (upper(number) text_pattern_ops);
create index quotes_company_idx on public.quotes (company_id);

alter table public.quotes enable row level security;
revoke all on public.quotes from anon, authenticated;
grant select on public.quotes to authenticated;
-- The price columns are written by the portal from the company's catalog (the API has no
-- price input at all); customers never reach SQL themselves.
grant insert (
  customer_id, company_id, comment, panels, accessories, fees, snapshot, catalog_version,
  priced_at, currency, total_net, total_vat, total_gross, discount_percent, final_total
) on public.quotes to authenticated;
-- Not `status`, `customer_id` or `company_id`: submission and the company's progress are the
-- service side's to write.
grant update (
  comment, panels, accessories, fees, version, snapshot, catalog_version, priced_at, currency,
  total_net, total_vat, total_gross, discount_percent, final_total, updated_at, deleted_at
) on public.quotes to authenticated;
grant all on public.quotes to service_role;

-- Deleted rows stay readable to the policy (statements filter `deleted_at is null`): a select
-- policy hiding them would make the soft-delete update itself fail its visibility check.
create policy quotes_own_read on public.quotes
  for select to authenticated
  using (
    customer_id = auth.uid()
    and exists (
      select from public.customer_companies cc
        join public.companies c on c.id = cc.company_id
       where cc.customer_id = auth.uid() and cc.company_id = quotes.company_id
         and cc.disconnected_at is null
    )
  );
create policy quotes_own_insert on public.quotes
  for insert to authenticated
  with check (
    customer_id = auth.uid()
    and status = 'draft'
    and exists (
      select from public.customer_companies cc
        join public.companies c on c.id = cc.company_id
       where cc.customer_id = auth.uid() and cc.company_id = quotes.company_id
         and cc.disconnected_at is null
    )
  );
-- Only drafts change; a submitted quote is the company's record.
create policy quotes_own_draft_update on public.quotes
  for update to authenticated
  using (customer_id = auth.uid() and status = 'draft' and deleted_at is null)
  with check (
    customer_id = auth.uid()
    and status = 'draft'
    and exists (
      select from public.customer_companies cc
        join public.companies c on c.id = cc.company_id
       where cc.customer_id = auth.uid() and cc.company_id = quotes.company_id
         and cc.disconnected_at is null
    )
  );
