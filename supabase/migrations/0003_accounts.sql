-- Customer accounts, their billing details and company connections, sessions with rotating
-- refresh tokens, single-use email tokens, the mail outbox, admins, API keys and sign-in
-- attempts.
--
-- Customer-scoped statements run as `authenticated` with the customer's claims, so row-level
-- security keeps each customer to their own rows; `authenticated` is granted only the columns
-- those statements need. Sign-in, tokens, sessions, admins and key verification run as the
-- owner (the portal's service side) and are granted to no client role.

create table public.customers (
  id uuid primary key default gen_random_uuid(),
  email text not null check (length(email) between 3 and 254),
  name text not null check (length(btrim(name)) between 1 and 200),
  mobile text check (length(mobile) <= 40),
  -- null once the account is deleted: nobody can sign in to it any more
  password_hash text,
  locale text not null default 'hu' check (locale in ('hu', 'en')),
  notify_order_ready boolean not null default false,
  notify_order_status_changed boolean not null default false,
  email_verified_at timestamptz,
  disabled_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Unique case-insensitively; a deleted account's email is replaced by a unique placeholder.
create unique index customers_email_key on public.customers (lower(email));

alter table public.customers enable row level security;
revoke all on public.customers from anon, authenticated;
grant select (
  id, email, name, mobile, locale, notify_order_ready, notify_order_status_changed,
  email_verified_at, disabled_at, deleted_at, created_at, updated_at
) on public.customers to authenticated;
grant update (name, mobile, locale, notify_order_ready, notify_order_status_changed, updated_at)
  on public.customers to authenticated;
grant all on public.customers to service_role;

create policy customers_own_read on public.customers
  for select to authenticated
  using (id = auth.uid() and deleted_at is null);
create policy customers_own_update on public.customers
  for update to authenticated
  using (id = auth.uid() and deleted_at is null)
  with check (id = auth.uid());

create table public.customer_billing (
  customer_id uuid primary key references public.customers (id) on delete cascade,
  name text check (length(name) <= 200),
  country text not null default 'Magyarország' check (length(btrim(country)) between 1 and 100),
  city text check (length(city) <= 200),
  postal_code text check (length(postal_code) <= 20),
  street text check (length(street) <= 200),
  house_number text check (length(house_number) <= 50),
  tax_number text check (length(tax_number) <= 50),
  company_registration_number text check (length(company_registration_number) <= 50),
  updated_at timestamptz not null default now()
);

alter table public.customer_billing enable row level security;
revoke all on public.customer_billing from anon, authenticated;
grant select, insert, update, delete on public.customer_billing to authenticated;
grant all on public.customer_billing to service_role;

create policy customer_billing_own on public.customer_billing
  for all to authenticated
  using (customer_id = auth.uid())
  with check (customer_id = auth.uid());

-- A customer's record at a company. Disconnecting keeps the row (the company's discount
-- survives a reconnect); `disconnected_at` says whether it is current.
create table public.customer_companies (
  customer_id uuid not null references public.customers (id) on delete cascade,
  company_id uuid not null references public.companies (id) on delete cascade,
  discount_percent numeric(5, 2) not null default 0
    check (discount_percent >= 0 and discount_percent <= 100),
  is_active boolean not null default false,
  connected_at timestamptz not null default now(),
  disconnected_at timestamptz,
  primary key (customer_id, company_id),
  check (not (is_active and disconnected_at is not null))
);

create unique index customer_companies_one_active
  on public.customer_companies (customer_id) where is_active;
create index customer_companies_company_idx on public.customer_companies (company_id);

alter table public.customer_companies enable row level security;
revoke all on public.customer_companies from anon, authenticated;
-- The discount is the company's to set: customers read it, never write it.
grant select on public.customer_companies to authenticated;
grant insert (customer_id, company_id, is_active) on public.customer_companies to authenticated;
grant update (is_active, connected_at, disconnected_at) on public.customer_companies
  to authenticated;
grant all on public.customer_companies to service_role;

create policy customer_companies_own_read on public.customer_companies
  for select to authenticated
  using (customer_id = auth.uid());
-- `companies` is itself under RLS (active only), so these checks refuse connecting to, or
-- making active, a deactivated or unknown company in the database, whatever the resolver did.
-- Clearing the flag of a row whose company was deactivated since must stay possible.
create policy customer_companies_own_insert on public.customer_companies
  for insert to authenticated
  with check (
    customer_id = auth.uid()
    and exists (select from public.companies c where c.id = company_id)
  );
create policy customer_companies_own_update on public.customer_companies
  for update to authenticated
  using (customer_id = auth.uid())
  with check (
    customer_id = auth.uid()
    and (not is_active or exists (select from public.companies c where c.id = company_id))
  );

create table public.admins (
  id uuid primary key default gen_random_uuid(),
  email text not null check (length(email) between 3 and 254),
  name text not null check (length(btrim(name)) between 1 and 200),
  role text not null check (role in ('admin', 'support')),
  password_hash text not null,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create unique index admins_email_key on public.admins (lower(email));

alter table public.admins enable row level security;
revoke all on public.admins from anon, authenticated;
grant all on public.admins to service_role;

-- One row per sign-in: the refresh-token family. Revoking it ends every token of the family.
create table public.auth_sessions (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid references public.customers (id) on delete cascade,
  admin_id uuid references public.admins (id) on delete cascade,
  remember boolean not null default false,
  created_at timestamptz not null default now(),
  refreshed_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_reason text check (
    revoked_reason in ('sign_out', 'refresh_token_reuse', 'password_change', 'password_reset',
                       'account_deleted', 'account_disabled')
  ),
  check ((customer_id is null) <> (admin_id is null))
);

create index auth_sessions_customer_idx on public.auth_sessions (customer_id)
  where revoked_at is null;
create index auth_sessions_admin_idx on public.auth_sessions (admin_id) where revoked_at is null;

alter table public.auth_sessions enable row level security;
revoke all on public.auth_sessions from anon, authenticated;
grant select (id, customer_id, remember, created_at, refreshed_at, expires_at, revoked_at)
  on public.auth_sessions to authenticated;
grant all on public.auth_sessions to service_role;

create policy auth_sessions_own_read on public.auth_sessions
  for select to authenticated
  using (customer_id = auth.uid());

-- Refresh tokens are stored as sha256 of the opaque token. A token is used once; presenting
-- a used one again revokes its session (the family).
create table public.refresh_tokens (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  session_id uuid not null references public.auth_sessions (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create index refresh_tokens_session_idx on public.refresh_tokens (session_id);

alter table public.refresh_tokens enable row level security;
revoke all on public.refresh_tokens from anon, authenticated;
grant all on public.refresh_tokens to service_role;

-- Single-use links sent by email, stored as sha256 of the token.
create table public.email_tokens (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  customer_id uuid not null references public.customers (id) on delete cascade,
  purpose text not null check (purpose in ('verify_email', 'reset_password')),
  -- the address the link was sent to: a verification proves only that address
  email text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create index email_tokens_customer_idx on public.email_tokens (customer_id, purpose);

alter table public.email_tokens enable row level security;
revoke all on public.email_tokens from anon, authenticated;
grant all on public.email_tokens to service_role;

-- Every email the portal writes in the embedded default (no SMTP): the dev mail page and the
-- log show it so a newcomer can click the verification link.
create table public.mail_outbox (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('verification', 'password_reset', 'notification')),
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text not null,
  link text,
  locale text not null check (locale in ('hu', 'en')),
  customer_id uuid references public.customers (id) on delete cascade,
  created_at timestamptz not null default now()
);

create index mail_outbox_created_idx on public.mail_outbox (created_at desc);
create index mail_outbox_customer_idx on public.mail_outbox (customer_id);

alter table public.mail_outbox enable row level security;
revoke all on public.mail_outbox from anon, authenticated;
grant all on public.mail_outbox to service_role;

-- Partner API keys `ppk_<prefix>_<secret>`: only sha256 of the whole key is stored (the
-- secret has 256 bits, so a fast hash is enough). Owned by a customer or by a company.
create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 100),
  prefix text not null unique check (prefix ~ '^[0-9a-f]{12}$'),
  key_hash text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  scopes text[] not null check (
    cardinality(scopes) > 0
    and scopes <@ array['catalog:read', 'quotes:read', 'quotes:write', 'orders:read']
  ),
  customer_id uuid references public.customers (id) on delete cascade,
  company_id uuid references public.companies (id) on delete cascade,
  created_by_admin_id uuid references public.admins (id) on delete set null,
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_at timestamptz not null default now(),
  check ((customer_id is null) <> (company_id is null))
);

create index api_keys_customer_idx on public.api_keys (customer_id);

alter table public.api_keys enable row level security;
revoke all on public.api_keys from anon, authenticated;
grant select (id, name, prefix, scopes, customer_id, expires_at, revoked_at, last_used_at,
              created_at)
  on public.api_keys to authenticated;
grant insert (name, prefix, key_hash, scopes, customer_id, expires_at)
  on public.api_keys to authenticated;
grant update (revoked_at) on public.api_keys to authenticated;
grant all on public.api_keys to service_role;

create policy api_keys_own_read on public.api_keys
  for select to authenticated
  using (customer_id = auth.uid());
create policy api_keys_own_insert on public.api_keys
  for insert to authenticated
  with check (customer_id = auth.uid());
create policy api_keys_own_revoke on public.api_keys
  for update to authenticated
  using (customer_id = auth.uid())
  with check (customer_id = auth.uid() and revoked_at is not null);

-- Sign-in attempts per email (lower-cased, whether or not an account has it) for the
-- per-email lockout; `pending` rows count as failures so parallel guesses cannot slip past.
create table public.sign_in_attempts (
  id bigint generated always as identity primary key,
  email_key text not null,
  portal_kind text not null check (portal_kind in ('customer', 'admin')),
  outcome text not null check (outcome in ('pending', 'failed', 'succeeded', 'locked')),
  attempted_at timestamptz not null default clock_timestamp()
);

create index sign_in_attempts_email_idx
  on public.sign_in_attempts (portal_kind, email_key, attempted_at desc);

alter table public.sign_in_attempts enable row level security;
revoke all on public.sign_in_attempts from anon, authenticated;
grant all on public.sign_in_attempts to service_role;
