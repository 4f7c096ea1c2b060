-- Submission of portal quotes to their companies (docs/submission.md).
--
-- `submitQuote` (as the customer) freezes the price, moves the draft to `submitting` and writes
-- one row of the `quote_submissions` outbox in the same transaction; the delivery worker (the
-- service side) sends that frozen document to the company's `portal_submit_quote` and, when the
-- company answers, marks the quote `submitted` with the company's quote number. Workers of
-- several instances share the outbox through a lease (docs/decisions/011-…): a transaction is
-- never held open across the call to the company.

alter table public.quotes
  -- When the customer submitted (the outbox row was written).
  add column submitted_at timestamptz,
  -- The key of the submitQuote call that submitted it: the same key again is the same result.
  add column submit_idempotency_key text
    check (length(submit_idempotency_key) between 1 and 200),
  -- The company's quote once delivered (`portal_submit_quote`'s answer).
  add column company_quote_id uuid,
  add column company_quote_number text check (length(company_quote_number) <= 50),
  -- Every line of the price as the company receives it (the `portal_submit_quote` document
  -- without the customer, the quote's id, number and comment), written with the price on save
  -- and reprice: a draft priced at its current lines can be submitted while the company cannot
  -- be asked, at exactly the prices the customer saw. Null while unpriced.
  add column priced_lines jsonb
    check (priced_lines is null or jsonb_typeof(priced_lines) = 'object'),
  add constraint quotes_priced_lines_priced check (priced_lines is null or priced_at is not null),
  -- A draft has no submission; the key comes with the submission, the number with the id.
  add constraint quotes_submission_consistent check (
    (status <> 'draft' or submitted_at is null)
    and (submitted_at is null) = (submit_idempotency_key is null)
    and (company_quote_id is null) = (company_quote_number is null)
  );

-- The outbox: one row per submitted quote, never deleted (it is the delivery history).
create table public.quote_submissions (
  id uuid primary key default gen_random_uuid(),
  quote_id uuid not null unique references public.quotes (id) on delete cascade,
  company_id uuid not null references public.companies (id) on delete restrict,
  customer_id uuid not null references public.customers (id) on delete cascade,
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  -- The `portal_submit_quote` document, frozen at submission (docs/company-contract.md).
  payload jsonb not null check (jsonb_typeof(payload) = 'object'),
  -- When the price in the payload was computed: at the submit (repriced then), or earlier when
  -- the company could not be asked and the quote went at the customer's last-seen prices.
  priced_at timestamptz not null,
  attempts int not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  -- A worker holds the row until then; after it, another worker may take the row again.
  lease_until timestamptz,
  last_error text check (length(last_error) <= 1000),
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  created_at timestamptz not null default now()
);

-- What the workers look for: undelivered rows by due time.
create index quote_submissions_due_idx
  on public.quote_submissions (next_attempt_at) where delivered_at is null;
create index quote_submissions_company_idx on public.quote_submissions (company_id)
  where delivered_at is null;

alter table public.quote_submissions enable row level security;
revoke all on public.quote_submissions from anon, authenticated;
-- Customers read the delivery state of their own quotes (the quotes policy decides which);
-- the row itself is written by `begin_quote_submission` and the worker only.
grant select (
  id, quote_id, company_id, customer_id, priced_at, attempts, next_attempt_at, last_error,
  last_attempt_at, delivered_at, created_at
) on public.quote_submissions to authenticated;
-- The portal writes the lines with the price, as the customer (0004's price columns).
grant insert (priced_lines), update (priced_lines) on public.quotes to authenticated;
grant all on public.quote_submissions to service_role;

create policy quote_submissions_own_read on public.quote_submissions
  for select to authenticated
  using (
    customer_id = auth.uid()
    and exists (select from public.quotes q where q.id = quote_submissions.quote_id)
  );

-- The one step of a submission a customer cannot do with their own grants: the status change
-- (`status` is not theirs to update, 0004) and the outbox row. Runs in the customer's
-- transaction, after the portal has frozen the price under RLS, and checks the same things
-- the RLS policies do: the caller's own draft at a company they are connected to and that is
-- active. Returns false when the quote is no longer a draft of theirs (a concurrent submit
-- won), so the caller reads the quote again.
create function public.begin_quote_submission(
  p_quote_id uuid, p_idempotency_key text, p_payload jsonb
) returns boolean
  language plpgsql volatile security definer
  set search_path = public, pg_temp
  as $$
declare
  v_customer uuid := auth.uid();
  v_company uuid;
  v_priced_at timestamptz;
begin
  if v_customer is null then
    raise exception 'begin_quote_submission needs a customer' using errcode = '42501';
  end if;
  update public.quotes q
     set status = 'submitting', submitted_at = now(),
         submit_idempotency_key = p_idempotency_key, updated_at = now(),
         version = q.version + 1
   where q.id = p_quote_id and q.customer_id = v_customer and q.status = 'draft'
     and q.deleted_at is null
     and exists (
       select from public.customer_companies cc
         join public.companies c on c.id = cc.company_id
        where cc.customer_id = v_customer and cc.company_id = q.company_id
          and cc.disconnected_at is null and c.active
     )
  returning q.company_id, q.priced_at into v_company, v_priced_at;
  if v_company is null then
    return false;
  end if;
  insert into public.quote_submissions (
    quote_id, company_id, customer_id, idempotency_key, payload, priced_at
  )
  values (p_quote_id, v_company, v_customer, p_idempotency_key, p_payload, v_priced_at);
  return true;
end
$$;

revoke all on function public.begin_quote_submission(uuid, text, jsonb) from public;
grant execute on function public.begin_quote_submission(uuid, text, jsonb)
  to authenticated, service_role;
