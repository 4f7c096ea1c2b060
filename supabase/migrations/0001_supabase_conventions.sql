-- Supabase conventions on any PostgreSQL (PGlite, a plain server, a Supabase project):
-- the roles anon / authenticated / service_role and auth.uid() read from the claims that the
-- portal sets per transaction (request.jwt.claims). On Supabase all of these exist already
-- and are left alone.
do $$
declare
  r text;
begin
  foreach r in array array['anon', 'authenticated', 'service_role'] loop
    if not exists (select from pg_roles where rolname = r) then
      begin
        execute format('create role %I nologin noinherit', r);
      exception when duplicate_object or unique_violation then
        null; -- another database on the same server created it concurrently
      end;
    end if;
  end loop;
end
$$;

do $$
begin
  if not exists (select from pg_roles where rolname = 'service_role' and rolbypassrls) then
    alter role service_role bypassrls;
  end if;
exception when insufficient_privilege then
  null; -- on a managed server the role is already set up
end
$$;

create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;
grant usage on schema public to anon, authenticated, service_role;

do $$
begin
  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'uid'
  ) then
    create function auth.uid() returns uuid
      language sql stable
      as $f$
        select nullif(
          coalesce(
            current_setting('request.jwt.claim.sub', true),
            current_setting('request.jwt.claims', true)::jsonb ->> 'sub'
          ),
          ''
        )::uuid
      $f$;
  end if;
  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'role'
  ) then
    create function auth.role() returns text
      language sql stable
      as $f$
        select nullif(
          coalesce(
            current_setting('request.jwt.claim.role', true),
            current_setting('request.jwt.claims', true)::jsonb ->> 'role'
          ),
          ''
        )
      $f$;
  end if;
end
$$;
