-- Test fixture for the local Supabase endpoint: the Supabase roles and a few functions
-- covering what PostgREST does with RPC (scalar and set results, named arguments with
-- defaults, uuid[] arguments, raised errors, role switching and request settings).

-- Roles are cluster-wide: tests on a shared PostgreSQL server create them concurrently.
do $$
declare
  r text;
begin
  foreach r in array array['anon', 'authenticated', 'service_role'] loop
    if not exists (select from pg_roles where rolname = r) then
      begin
        execute format('create role %I nologin noinherit', r);
      exception when duplicate_object or unique_violation then
        null;
      end;
    end if;
  end loop;
end
$$;

grant usage on schema public to anon, authenticated, service_role;

create table public.fixture_notes (id int primary key, body text not null);
grant select, insert on public.fixture_notes to service_role;

-- Scalar jsonb; money as a numeric keeps its digits in the response text.
create function public.fixture_summary()
returns jsonb language sql stable
as $$ select jsonb_build_object('version', 1, 'price', '12345.00', 'exact', 12345.00::numeric) $$;

-- Set of rows.
create function public.fixture_items(p_limit int default 3)
returns table (id int, name text) language sql stable
as $$ select i, 'item ' || i from generate_series(1, p_limit) as i $$;

-- Raises invalid_parameter_value with every field PostgREST forwards.
create function public.fixture_check_limit(p_limit int)
returns jsonb language plpgsql stable
as $$
begin
  if p_limit < 1 or p_limit > 500 then
    raise exception 'p_limit must be between 1 and 500'
      using errcode = '22023', detail = format('got %s', p_limit), hint = 'Use 1 to 500';
  end if;
  return jsonb_build_object('limit', p_limit);
end
$$;

-- uuid[] and defaults: arguments not sent must take their defaults.
create function public.fixture_by_ids(p_ids uuid[], p_limit int default 50, p_label text default 'none')
returns jsonb language sql stable
as $$
  select jsonb_build_object('count', coalesce(cardinality(p_ids), 0), 'ids', to_jsonb(p_ids),
                            'limit', p_limit, 'label', p_label)
$$;

-- What the call runs as (security invoker, so current_user is the switched role).
create function public.fixture_whoami()
returns jsonb language sql stable
as $$
  select jsonb_build_object(
    'current_user', current_user,
    'claims', nullif(current_setting('request.jwt.claims', true), '')::jsonb,
    'method', current_setting('request.method', true),
    'path', current_setting('request.path', true),
    'client_info', nullif(current_setting('request.headers', true), '')::jsonb ->> 'x-client-info')
$$;

-- Plain RAISE (P0001); a volatile void function (204) that can violate a unique key (23505)
-- and must fail when called with GET (read-only transaction: 25006).
create function public.fixture_fail()
returns jsonb language plpgsql stable
as $$ begin raise exception 'I refuse!' using detail = 'Pretty simple'; end $$;

create function public.fixture_add_note(p_id int, p_body text)
returns void language sql volatile
as $$ insert into public.fixture_notes (id, body) values (p_id, p_body) $$;

-- Overloads told apart by argument names.
create function public.fixture_versioned(p_x int)
returns text language sql stable as $$ select 'int ' || p_x $$;

-- Granted to nobody: denied for service_role too (403, not 401).
create function public.fixture_locked()
returns int language sql stable as $$ select 1 $$;

-- The one function anon may call.
create function public.fixture_ping()
returns text language sql stable as $$ select current_user::text $$;

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure from pg_proc p
     where p.pronamespace = 'public'::regnamespace and p.proname like 'fixture\_%'
  loop
    execute format('revoke execute on function %s from public, anon, authenticated', f);
    if f::text not like 'fixture_locked%' then
      execute format('grant execute on function %s to service_role', f);
    end if;
  end loop;
end
$$;

grant execute on function public.fixture_ping() to anon;
