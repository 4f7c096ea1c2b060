-- Partner API key usage per key per day (UTC), for the key's owner: how many requests the key
-- made through the gateway, how many of them were answered with errors, and how many the
-- per-key rate limit refused. The gateway counts in memory and adds its counts every few
-- seconds (`POST /internal/api-keys/usage`), so one row per key and day is updated in place.
--
-- `requests` counts every request made with the key over HTTP; `errors` those of them answered
-- with at least one error (not counting the rate-limited ones); `rate_limited` those refused by
-- the key's rate limit (429).

create table public.api_key_usage (
  api_key_id uuid not null references public.api_keys (id) on delete cascade,
  day date not null,
  requests integer not null default 0 check (requests >= 0),
  errors integer not null default 0 check (errors >= 0),
  rate_limited integer not null default 0 check (rate_limited >= 0),
  primary key (api_key_id, day)
);

-- A customer reads the usage of their own keys (the key's row must be theirs, under its own
-- RLS); they never write it. Admins have no database role: the portal reads company keys'
-- usage on the service path behind the resolver's admin rule.
alter table public.api_key_usage enable row level security;
revoke all on public.api_key_usage from anon, authenticated;
grant select on public.api_key_usage to authenticated;
grant all on public.api_key_usage to service_role;

create policy api_key_usage_own_read on public.api_key_usage
  for select to authenticated
  using (
    exists (
      select 1 from public.api_keys k
       where k.id = api_key_usage.api_key_id and k.customer_id = auth.uid()
    )
  );
