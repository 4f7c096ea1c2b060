-- The audit log: security events (sign-ins and their failures, lockouts, refresh-token reuse,
-- password changes and resets, API keys, account deletion) and admin actions, for the admin
-- UI's audit page. Append-only: nothing, not even the portal's own service path, can change or
-- remove a row once written; a customer cannot read it at all.
--
-- `details` holds context for people (the email typed at a failed sign-in, a key's prefix and
-- scopes), never a secret: no password, token, key or hash.

create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default clock_timestamp(),
  actor_kind text not null check (actor_kind in ('customer', 'admin', 'partner', 'system')),
  -- the customer, admin or API key that acted; null when unknown (a sign-in with an email
  -- that has no account) or for the system
  actor_id uuid,
  -- dotted, lower case: `auth.sign_in_failed`, `api_key.created`, `admin.company_updated`…
  action text not null check (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$' and length(action) <= 80),
  target_kind text check (target_kind ~ '^[a-z][a-z_]*$' and length(target_kind) <= 40),
  target_id text check (length(target_id) <= 200),
  ip text check (length(ip) <= 100),
  request_id text check (length(request_id) <= 200),
  details jsonb not null default '{}' check (jsonb_typeof(details) = 'object')
);

create index audit_log_action_idx on public.audit_log (action, id desc);
create index audit_log_actor_idx on public.audit_log (actor_id, id desc) where actor_id is not null;
create index audit_log_at_idx on public.audit_log (at);

-- No client role reads or writes it; the service role may only add and read rows. RLS is on
-- with no policy, so even a future grant to `authenticated` would show nothing.
alter table public.audit_log enable row level security;
revoke all on public.audit_log from anon, authenticated, service_role;
grant select, insert on public.audit_log to service_role;

-- Grants do not bind the table's owner (the portal connects as the owner) nor a superuser;
-- triggers do. Only a migration that drops them could change history, and that is reviewed.
create function public.audit_log_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
  before update or delete on public.audit_log
  for each row execute function public.audit_log_refuse_change();

create trigger audit_log_no_truncate
  before truncate on public.audit_log
  for each statement execute function public.audit_log_refuse_change();

-- Company API keys (made by an admin for a company's integration) are listed per company.
create index api_keys_company_idx on public.api_keys (company_id) where company_id is not null;
