-- The registry of companies. The secret (service-role) key of each company's Supabase project
-- is stored encrypted (AES-256-GCM, key from PORTAL_ENCRYPTION_KEY, format
-- 'v1:<iv>:<tag>:<ciphertext>' in base64url); it is never readable by anon or authenticated.
create table public.companies (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 200),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
  active boolean not null default true,
  supabase_url text not null check (supabase_url ~ '^https?://'),
  secret_key_ciphertext text not null check (secret_key_ciphertext like 'v1:%'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index companies_active_name_idx on public.companies (name) where active;

alter table public.companies enable row level security;

-- Customers and visitors see the public columns of active companies; the key column is not
-- granted to them at all.
revoke all on public.companies from anon, authenticated;
grant select (id, name, slug, active, created_at, updated_at) on public.companies
  to anon, authenticated;
grant all on public.companies to service_role;

create policy companies_public_read on public.companies
  for select to anon, authenticated
  using (active);
