-- Company health history for the admin System page (docs/operations.md, ADR 023): one row per
-- company per sample of the portal's health sampler. What the portal saw of the company in
-- the sample's window (its own calls plus one probe call), the circuit state then, and the
-- order sync's last success. Old rows are deleted by the sampler (retention, default 7 days).

create table public.company_health_samples (
  id bigint generated always as identity primary key,
  company_id uuid not null references public.companies (id) on delete cascade,
  sampled_at timestamptz not null default now(),
  -- Whether the probe call (`portal_contract_version`) succeeded; null when it was not sent
  -- (the circuit was open: calls fail fast).
  probe_ok boolean,
  -- The probe call's wall time, ms; null when it was not sent.
  probe_ms integer check (probe_ms >= 0),
  -- Contract calls of the window (the probe included) and how many failed.
  calls integer not null default 0 check (calls >= 0),
  failures integer not null default 0 check (failures >= 0 and failures <= calls),
  -- Mean wall time of the window's calls, ms; null without calls.
  mean_ms integer check (mean_ms >= 0),
  circuit text not null check (circuit in ('closed', 'open', 'half-open')),
  -- The probe's failure, for people (never a key or a URL with credentials).
  error text check (length(error) <= 500),
  last_sync_success_at timestamptz
);

create index company_health_samples_company_idx
  on public.company_health_samples (company_id, sampled_at desc);
create index company_health_samples_at_idx on public.company_health_samples (sampled_at);

-- Only the portal's service path reads and writes it (admin resolvers run there).
alter table public.company_health_samples enable row level security;
revoke all on public.company_health_samples from anon, authenticated;
grant all on public.company_health_samples to service_role;
grant usage on sequence public.company_health_samples_id_seq to service_role;
