-- =============================================================================
-- Customer portal: company setup script (contract version 2, docs/company-contract.md)
-- =============================================================================
-- Run once in the company's Supabase project (SQL editor). The portal also applies it to the
-- embedded demo company databases (PGlite) and the tests apply it to PostgreSQL 15.
--
-- What it does, and what it never does:
-- * Idempotent: applying it again changes nothing.
-- * Creates the Supabase roles, a minimal `auth` schema and any Turinova table only when
--   missing (an empty demo database gets the whole Turinova schema). An existing table is never
--   altered or dropped and gets no new index, trigger or grant: its rows stay untouched.
-- * Creates the portal's own table `portal_quote_links` (which company quote each submitted
--   portal quote became) when missing; nothing else of the portal's is stored here.
-- * Always (re)creates the versioned `portal_*` functions: security definer, pinned
--   search_path, executable by service_role only.
-- * Needs no extension (no pgcrypto, pg_trgm, unaccent, pg_graphql, vault, pg_net).
--
-- The portal functions read the real Turinova schema, which differs from place to place
-- (columns added by later Turinova migrations, material_group_settings without usage_limit,
-- accessories and feetypes without `active`, edge_materials without currency_id). Columns that
-- may be missing are read through to_jsonb(row) ->> 'column', so the functions work either way.
-- =============================================================================

-- One setup at a time per database: concurrent `create or replace function` calls would fail
-- with "tuple concurrently updated". Released at the end of the transaction.
do $$
begin
  perform pg_advisory_xact_lock(7426112);
end
$$;

-- -----------------------------------------------------------------------------
-- Supabase roles. Roles are cluster-wide: several databases on one server may run this at
-- the same moment, so a concurrent creation is not an error.
-- -----------------------------------------------------------------------------
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

grant usage on schema public to service_role;

-- -----------------------------------------------------------------------------
-- auth schema and auth.users: on Supabase they exist and are left alone; an embedded demo
-- company gets a minimal table, enough for quotes.created_by to reference.
-- -----------------------------------------------------------------------------
do $$
begin
  if not exists (select from pg_namespace where nspname = 'auth') then
    create schema auth;
  end if;
  if to_regclass('auth.users') is null then
    create table auth.users (
      instance_id uuid,
      id uuid primary key,
      aud varchar(255),
      role varchar(255),
      email varchar(255),
      raw_app_meta_data jsonb,
      raw_user_meta_data jsonb,
      created_at timestamptz default now(),
      updated_at timestamptz default now()
    );
    revoke all on auth.users from public;
  end if;
end
$$;

-- The system user that portal quotes are created by (Turinova's own customer portal uses the
-- same id). On a real Supabase auth.users, GoTrue reads the token columns as strings, so they
-- get '' rather than NULL; on the minimal table only id and email are set.
do $$
declare
  v_id constant uuid := 'c0000000-0000-0000-0000-000000000001';
  v_email constant text := 'customer-portal-system@turinova.internal';
begin
  if exists (select from auth.users where id = v_id) then
    return;
  end if;
  begin
    if exists (
      select from information_schema.columns
      where table_schema = 'auth' and table_name = 'users' and column_name = 'confirmation_token'
    ) then
      execute $q$
        insert into auth.users (
          instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
          raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
          confirmation_token, recovery_token, email_change_token_new, email_change
        ) values (
          '00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2,
          '', now(),
          '{"provider": "system", "providers": ["system"]}'::jsonb,
          '{"full_name": "Customer Portal System", "is_system_user": true}'::jsonb,
          now(), now(), '', '', '', ''
        )
        on conflict (id) do nothing
      $q$ using v_id, v_email;
    else
      execute 'insert into auth.users (id, email) values ($1, $2) on conflict (id) do nothing'
        using v_id, v_email;
    end if;
  exception when others then
    -- Never block the catalog functions; submission checks for the user and names the problem.
    raise warning 'customer portal: could not create the system user % in auth.users: % (%)',
      v_id, sqlerrm, sqlstate;
  end;
end
$$;

-- -----------------------------------------------------------------------------
-- Turinova helper functions, created only where the company has none of that name.
-- -----------------------------------------------------------------------------
do $$
begin
  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'update_updated_at_column'
  ) then
    create function public.update_updated_at_column() returns trigger
      language plpgsql
      as $f$
      begin
        new.updated_at = now();
        return new;
      end;
      $f$;
  end if;

  -- Turinova derives the sale prices from base_price × multiplier in triggers; the demo
  -- schema does the same, so a price is changed through base_price or multiplier there too.
  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'calculate_materials_price_per_sqm'
  ) then
    create function public.calculate_materials_price_per_sqm() returns trigger
      language plpgsql
      as $f$
      begin
        new.price_per_sqm = round((new.base_price * new.multiplier)::numeric, 2);
        return new;
      end;
      $f$;
  end if;
  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'calculate_linear_materials_price_per_m'
  ) then
    create function public.calculate_linear_materials_price_per_m() returns trigger
      language plpgsql
      as $f$
      begin
        new.price_per_m = round((new.base_price * new.multiplier)::numeric, 2);
        return new;
      end;
      $f$;
  end if;
  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'calculate_accessory_net_price'
  ) then
    create function public.calculate_accessory_net_price() returns trigger
      language plpgsql
      as $f$
      begin
        new.net_price = round(new.base_price * new.multiplier);
        return new;
      end;
      $f$;
  end if;

  -- Records when a quote first reaches each status (Turinova's trigger).
  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'update_quote_status_timestamps'
  ) then
    create function public.update_quote_status_timestamps() returns trigger
      language plpgsql
      as $f$
      begin
        if old.status is distinct from new.status then
          case new.status
            when 'ordered' then new.ordered_at := coalesce(new.ordered_at, now());
            when 'in_production' then new.in_production_at := coalesce(new.in_production_at, now());
            when 'ready' then new.ready_at := coalesce(new.ready_at, now());
            when 'finished' then new.finished_at := coalesce(new.finished_at, now());
            when 'cancelled' then new.cancelled_at := coalesce(new.cancelled_at, now());
            else null;
          end case;
        end if;
        return new;
      end;
      $f$;
  end if;
end
$$;

do $$
begin
  if not exists (
    select from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = 'public' and t.typname = 'quote_status'
  ) then
    create type public.quote_status as enum (
      'draft', 'accepted', 'in_production', 'done', 'rejected',
      'ordered', 'ready', 'finished', 'cancelled'
    );
  end if;
end
$$;

-- -----------------------------------------------------------------------------
-- Turinova tables, each created (with its indexes and triggers) only when missing. Columns,
-- types, defaults and constraints follow the Turinova schema. A table created here is closed
-- to anon and authenticated: on Supabase new public tables are otherwise readable through the
-- REST API with the anon key, and the portal reads only through the functions below.
-- -----------------------------------------------------------------------------
do $$
begin
  if to_regclass('public.vat') is null then
    create table if not exists public.vat (
      id uuid primary key default gen_random_uuid(),
      name varchar not null,
      kulcs numeric not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create unique index vat_name_unique_active on public.vat (name) where deleted_at is null;
    create trigger update_vat_updated_at before update on public.vat
      for each row execute function public.update_updated_at_column();
    alter table public.vat enable row level security;
    revoke all on public.vat from anon, authenticated;
  end if;

  if to_regclass('public.currencies') is null then
    create table if not exists public.currencies (
      id uuid primary key default gen_random_uuid(),
      name varchar not null,
      rate numeric not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create unique index currencies_name_unique_active on public.currencies (name)
      where deleted_at is null;
    create trigger update_currencies_updated_at before update on public.currencies
      for each row execute function public.update_updated_at_column();
    alter table public.currencies enable row level security;
    revoke all on public.currencies from anon, authenticated;
  end if;

  if to_regclass('public.units') is null then
    create table if not exists public.units (
      id uuid primary key default gen_random_uuid(),
      name varchar not null,
      shortform varchar not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create unique index units_name_unique_active on public.units (name) where deleted_at is null;
    create trigger update_units_updated_at before update on public.units
      for each row execute function public.update_updated_at_column();
    alter table public.units enable row level security;
    revoke all on public.units from anon, authenticated;
  end if;

  if to_regclass('public.brands') is null then
    create table if not exists public.brands (
      id uuid primary key default gen_random_uuid(),
      name varchar not null,
      comment text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create unique index brands_name_unique_active on public.brands (name) where deleted_at is null;
    create trigger update_brands_updated_at before update on public.brands
      for each row execute function public.update_updated_at_column();
    alter table public.brands enable row level security;
    revoke all on public.brands from anon, authenticated;
  end if;

  if to_regclass('public.material_groups') is null then
    create table if not exists public.material_groups (
      id uuid primary key default gen_random_uuid(),
      name varchar not null unique,
      description text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create trigger update_material_groups_updated_at before update on public.material_groups
      for each row execute function public.update_updated_at_column();
    alter table public.material_groups enable row level security;
    revoke all on public.material_groups from anon, authenticated;
  end if;

  if to_regclass('public.partners') is null then
    create table if not exists public.partners (
      id uuid primary key default gen_random_uuid(),
      name varchar not null,
      country varchar,
      postal_code varchar,
      city varchar,
      address varchar,
      mobile varchar,
      email varchar,
      tax_number varchar,
      company_registration_number varchar,
      bank_account varchar,
      notes text,
      status varchar not null default 'active' check (status in ('active', 'inactive')),
      contact_person varchar,
      vat_id uuid references public.vat (id) on delete restrict,
      currency_id uuid references public.currencies (id) on delete restrict,
      payment_terms integer not null default 30,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create unique index partners_name_unique_active on public.partners (name)
      where deleted_at is null;
    create trigger update_partners_updated_at before update on public.partners
      for each row execute function public.update_updated_at_column();
    alter table public.partners enable row level security;
    revoke all on public.partners from anon, authenticated;
  end if;

  if to_regclass('public.payment_methods') is null then
    create table if not exists public.payment_methods (
      id uuid primary key default gen_random_uuid(),
      name varchar(50) not null unique,
      comment text,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create trigger update_payment_methods_updated_at before update on public.payment_methods
      for each row execute function public.update_updated_at_column();
    alter table public.payment_methods enable row level security;
    revoke all on public.payment_methods from anon, authenticated;
  end if;
end
$$;

do $$
begin
  if to_regclass('public.materials') is null then
    create table if not exists public.materials (
      id uuid primary key default gen_random_uuid(),
      brand_id uuid references public.brands (id),
      group_id uuid references public.material_groups (id),
      name varchar not null,
      length_mm integer not null,
      width_mm integer not null,
      thickness_mm integer not null,
      grain_direction boolean default false,
      image_url text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      on_stock boolean not null default true,
      price_per_sqm numeric(10, 2) not null default 0,
      currency_id uuid references public.currencies (id),
      vat_id uuid references public.vat (id),
      active boolean not null default true,
      base_price integer not null,
      multiplier numeric(3, 2) not null default 1.38,
      partners_id uuid not null references public.partners (id) on delete restrict,
      units_id uuid not null references public.units (id) on delete restrict,
      barcode varchar(64),
      constraint materials_base_price_positive check (base_price > 0),
      constraint materials_multiplier_range check (multiplier >= 1.00 and multiplier <= 5.00)
    );
    create unique index materials_name_unique_active on public.materials (name)
      where deleted_at is null;
    create index idx_materials_brand_id on public.materials (brand_id);
    create index idx_materials_group_id on public.materials (group_id);
    create index ix_materials_deleted_at on public.materials (deleted_at) where deleted_at is null;
    create trigger trigger_calculate_materials_price_per_sqm
      before insert or update on public.materials
      for each row execute function public.calculate_materials_price_per_sqm();
    create trigger update_materials_updated_at before update on public.materials
      for each row execute function public.update_updated_at_column();
    alter table public.materials enable row level security;
    revoke all on public.materials from anon, authenticated;
  end if;

  if to_regclass('public.material_settings') is null then
    create table if not exists public.material_settings (
      id uuid primary key default gen_random_uuid(),
      material_id uuid unique references public.materials (id),
      kerf_mm integer not null,
      trim_top_mm integer not null,
      trim_right_mm integer not null,
      trim_bottom_mm integer not null,
      trim_left_mm integer not null,
      rotatable boolean not null,
      waste_multi double precision not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      usage_limit numeric(3, 2) default 0.65
        constraint material_settings_usage_limit_check check (usage_limit >= 0 and usage_limit <= 1)
    );
    create trigger update_material_settings_updated_at before update on public.material_settings
      for each row execute function public.update_updated_at_column();
    alter table public.material_settings enable row level security;
    revoke all on public.material_settings from anon, authenticated;
  end if;

  -- Turinova's own table has no usage_limit; the demo schema has one (DOMAIN.md: "the same
  -- fields"), and the functions read it only where it exists.
  if to_regclass('public.material_group_settings') is null then
    create table if not exists public.material_group_settings (
      id uuid primary key default gen_random_uuid(),
      group_id uuid unique references public.material_groups (id),
      kerf_mm integer default 3,
      trim_top_mm integer default 0,
      trim_right_mm integer default 0,
      trim_bottom_mm integer default 0,
      trim_left_mm integer default 0,
      rotatable boolean default true,
      waste_multi double precision default 1.0,
      usage_limit numeric(3, 2)
        constraint material_group_settings_usage_limit_check
        check (usage_limit >= 0 and usage_limit <= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create trigger update_material_group_settings_updated_at
      before update on public.material_group_settings
      for each row execute function public.update_updated_at_column();
    alter table public.material_group_settings enable row level security;
    revoke all on public.material_group_settings from anon, authenticated;
  end if;

  if to_regclass('public.edge_materials') is null then
    create table if not exists public.edge_materials (
      id uuid primary key default gen_random_uuid(),
      brand_id uuid not null references public.brands (id),
      type varchar(10) not null,
      thickness numeric(5, 2) not null,
      width integer not null,
      decor varchar(10) not null,
      price numeric(10, 0) not null,
      vat_id uuid not null references public.vat (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      active boolean not null default true,
      "ráhagyás" integer not null default 0,
      favourite_priority integer
    );
    create index idx_edge_materials_brand_id on public.edge_materials (brand_id);
    create index idx_edge_materials_decor on public.edge_materials (decor);
    create index idx_edge_materials_active on public.edge_materials (deleted_at)
      where deleted_at is null;
    create trigger update_edge_materials_updated_at before update on public.edge_materials
      for each row execute function public.update_updated_at_column();
    alter table public.edge_materials enable row level security;
    revoke all on public.edge_materials from anon, authenticated;
  end if;

  if to_regclass('public.linear_materials') is null then
    create table if not exists public.linear_materials (
      id uuid primary key default gen_random_uuid(),
      brand_id uuid not null references public.brands (id) on delete restrict,
      name varchar(255) not null,
      width numeric(10, 2) not null,
      length numeric(10, 2) not null,
      thickness numeric(10, 2) not null,
      type text not null,
      image_url text,
      price_per_m numeric(10, 2) not null default 0,
      currency_id uuid references public.currencies (id) on delete restrict,
      vat_id uuid references public.vat (id) on delete restrict,
      on_stock boolean not null default true,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      base_price integer not null,
      multiplier numeric(3, 2) not null default 1.38,
      partners_id uuid references public.partners (id) on delete restrict,
      units_id uuid not null references public.units (id) on delete restrict,
      barcode varchar(64),
      constraint linear_materials_base_price_positive check (base_price > 0),
      constraint linear_materials_multiplier_range check (multiplier >= 1.00 and multiplier <= 5.00)
    );
    create index idx_linear_materials_brand_id on public.linear_materials (brand_id);
    create index idx_linear_materials_name on public.linear_materials (name)
      where deleted_at is null;
    create trigger trigger_calculate_linear_materials_price_per_m
      before insert or update on public.linear_materials
      for each row execute function public.calculate_linear_materials_price_per_m();
    create trigger update_linear_materials_updated_at before update on public.linear_materials
      for each row execute function public.update_updated_at_column();
    alter table public.linear_materials enable row level security;
    revoke all on public.linear_materials from anon, authenticated;
  end if;

  if to_regclass('public.accessories') is null then
    create table if not exists public.accessories (
      id uuid primary key default gen_random_uuid(),
      name varchar(255) not null,
      sku varchar(100) not null,
      net_price integer not null,
      vat_id uuid not null references public.vat (id) on delete restrict,
      currency_id uuid not null references public.currencies (id) on delete restrict,
      units_id uuid not null references public.units (id) on delete restrict,
      partners_id uuid not null references public.partners (id) on delete restrict,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      base_price integer not null,
      multiplier numeric(3, 2) default 1.38,
      barcode varchar(64),
      image_url text,
      constraint accessories_base_price_positive check (base_price > 0),
      constraint accessories_multiplier_range check (multiplier >= 1.00 and multiplier <= 5.00)
    );
    create unique index accessories_sku_unique_active on public.accessories (sku)
      where deleted_at is null;
    create index idx_accessories_name_active on public.accessories (name)
      where deleted_at is null;
    create trigger trigger_calculate_accessory_net_price
      before insert or update on public.accessories
      for each row execute function public.calculate_accessory_net_price();
    create trigger update_accessories_updated_at before update on public.accessories
      for each row execute function public.update_updated_at_column();
    alter table public.accessories enable row level security;
    revoke all on public.accessories from anon, authenticated;
  end if;

  if to_regclass('public.cutting_fees') is null then
    create table if not exists public.cutting_fees (
      id uuid primary key default gen_random_uuid(),
      fee_per_meter numeric(10, 2) not null default 300,
      currency_id uuid not null references public.currencies (id),
      vat_id uuid not null references public.vat (id),
      created_at timestamptz default now(),
      updated_at timestamptz default now(),
      panthelyfuras_fee_per_hole numeric(10, 2) default 50,
      duplungolas_fee_per_sqm numeric(10, 2) default 200,
      szogvagas_fee_per_panel numeric(10, 2) default 100
    );
    create trigger update_cutting_fees_updated_at before update on public.cutting_fees
      for each row execute function public.update_updated_at_column();
    alter table public.cutting_fees enable row level security;
    revoke all on public.cutting_fees from anon, authenticated;
  end if;

  if to_regclass('public.feetypes') is null then
    create table if not exists public.feetypes (
      id uuid primary key default gen_random_uuid(),
      name varchar(255) not null,
      net_price numeric(12, 2) not null,
      vat_id uuid not null references public.vat (id) on delete restrict,
      currency_id uuid not null references public.currencies (id) on delete restrict,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create unique index feetypes_name_unique_active on public.feetypes (name)
      where deleted_at is null;
    create trigger update_feetypes_updated_at before update on public.feetypes
      for each row execute function public.update_updated_at_column();
    alter table public.feetypes enable row level security;
    revoke all on public.feetypes from anon, authenticated;
  end if;
end
$$;

do $$
begin
  if to_regclass('public.customers') is null then
    create table if not exists public.customers (
      id uuid primary key default gen_random_uuid(),
      name varchar not null,
      email varchar,
      mobile varchar,
      discount_percent numeric(5, 2) default 0,
      billing_name varchar,
      billing_country varchar default 'Magyarország',
      billing_city varchar,
      billing_postal_code varchar,
      billing_street varchar,
      billing_house_number varchar,
      billing_tax_number varchar,
      billing_company_reg_number varchar,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      sms_notification boolean not null default true
    );
    create unique index customers_name_unique_active on public.customers (name)
      where deleted_at is null;
    create unique index customers_email_unique_not_null on public.customers (email)
      where email is not null;
    create trigger update_customers_updated_at before update on public.customers
      for each row execute function public.update_updated_at_column();
    alter table public.customers enable row level security;
    revoke all on public.customers from anon, authenticated;
  end if;

  if to_regclass('public.quotes') is null then
    create table if not exists public.quotes (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references public.customers (id) on delete restrict,
      quote_number varchar(50) not null unique,
      status public.quote_status not null default 'draft',
      total_net numeric(12, 2) not null,
      total_vat numeric(12, 2) not null,
      total_gross numeric(12, 2) not null,
      discount_percent numeric(5, 2) not null default 0,
      final_total_after_discount numeric(12, 2) not null,
      created_by uuid not null references auth.users (id) on delete restrict,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      fees_total_net numeric(12, 2) default 0,
      fees_total_vat numeric(12, 2) default 0,
      fees_total_gross numeric(12, 2) default 0,
      accessories_total_net numeric(12, 2) default 0,
      accessories_total_vat numeric(12, 2) default 0,
      accessories_total_gross numeric(12, 2) default 0,
      order_number text unique,
      barcode text unique,
      production_date date,
      payment_status text default 'not_paid',
      source varchar(20) default 'internal',
      comment text,
      payment_method_id uuid references public.payment_methods (id) on delete set null,
      ordered_at timestamptz,
      in_production_at timestamptz,
      ready_at timestamptz,
      finished_at timestamptz,
      cancelled_at timestamptz
    );
    create index idx_quotes_customer_id on public.quotes (customer_id) where deleted_at is null;
    create index idx_quotes_status on public.quotes (status) where deleted_at is null;
    create index idx_quotes_source on public.quotes (source) where deleted_at is null;
    create index idx_quotes_updated_at on public.quotes (updated_at);
    create trigger trigger_update_quote_status_timestamps before update on public.quotes
      for each row execute function public.update_quote_status_timestamps();
    create trigger update_quotes_updated_at before update on public.quotes
      for each row execute function public.update_updated_at_column();
    alter table public.quotes enable row level security;
    revoke all on public.quotes from anon, authenticated;
  end if;

  if to_regclass('public.quote_panels') is null then
    create table if not exists public.quote_panels (
      id uuid primary key default gen_random_uuid(),
      quote_id uuid not null references public.quotes (id) on delete cascade,
      material_id uuid not null references public.materials (id) on delete restrict,
      width_mm integer not null,
      height_mm integer not null,
      quantity integer not null,
      label varchar(255),
      edge_material_a_id uuid references public.edge_materials (id) on delete restrict,
      edge_material_b_id uuid references public.edge_materials (id) on delete restrict,
      edge_material_c_id uuid references public.edge_materials (id) on delete restrict,
      edge_material_d_id uuid references public.edge_materials (id) on delete restrict,
      panthelyfuras_quantity integer not null default 0,
      panthelyfuras_oldal varchar(50),
      duplungolas boolean not null default false,
      szogvagas boolean not null default false,
      created_at timestamptz not null default now()
    );
    create index idx_quote_panels_quote_id on public.quote_panels (quote_id);
    alter table public.quote_panels enable row level security;
    revoke all on public.quote_panels from anon, authenticated;
  end if;

  if to_regclass('public.quote_materials_pricing') is null then
    create table if not exists public.quote_materials_pricing (
      id uuid primary key default gen_random_uuid(),
      quote_id uuid not null references public.quotes (id) on delete cascade,
      material_id uuid not null references public.materials (id) on delete restrict,
      material_name varchar(255) not null,
      board_width_mm integer not null,
      board_length_mm integer not null,
      thickness_mm integer not null,
      grain_direction boolean not null,
      on_stock boolean not null,
      boards_used integer not null,
      usage_percentage numeric(5, 2) not null,
      pricing_method varchar(20) not null,
      charged_sqm numeric(10, 4),
      price_per_sqm numeric(10, 2) not null,
      vat_rate numeric(5, 4) not null,
      currency varchar(10) not null,
      usage_limit numeric(5, 4) not null,
      waste_multi numeric(5, 2) not null,
      material_net numeric(12, 2) not null,
      material_vat numeric(12, 2) not null,
      material_gross numeric(12, 2) not null,
      edge_materials_net numeric(12, 2) not null default 0,
      edge_materials_vat numeric(12, 2) not null default 0,
      edge_materials_gross numeric(12, 2) not null default 0,
      cutting_length_m numeric(10, 2) not null,
      cutting_net numeric(12, 2) not null default 0,
      cutting_vat numeric(12, 2) not null default 0,
      cutting_gross numeric(12, 2) not null default 0,
      services_net numeric(12, 2) not null default 0,
      services_vat numeric(12, 2) not null default 0,
      services_gross numeric(12, 2) not null default 0,
      total_net numeric(12, 2) not null,
      total_vat numeric(12, 2) not null,
      total_gross numeric(12, 2) not null,
      created_at timestamptz not null default now()
    );
    create index idx_quote_materials_pricing_quote_id on public.quote_materials_pricing (quote_id);
    alter table public.quote_materials_pricing enable row level security;
    revoke all on public.quote_materials_pricing from anon, authenticated;
  end if;

  if to_regclass('public.quote_edge_materials_breakdown') is null then
    create table if not exists public.quote_edge_materials_breakdown (
      id uuid primary key default gen_random_uuid(),
      quote_materials_pricing_id uuid not null
        references public.quote_materials_pricing (id) on delete cascade,
      edge_material_id uuid not null references public.edge_materials (id) on delete restrict,
      edge_material_name varchar(255) not null,
      total_length_m numeric(10, 2) not null,
      price_per_m numeric(10, 2) not null,
      net_price numeric(12, 2) not null,
      vat_amount numeric(12, 2) not null,
      gross_price numeric(12, 2) not null,
      created_at timestamptz not null default now()
    );
    create index idx_qemb_pricing_id on public.quote_edge_materials_breakdown
      (quote_materials_pricing_id);
    alter table public.quote_edge_materials_breakdown enable row level security;
    revoke all on public.quote_edge_materials_breakdown from anon, authenticated;
  end if;

  if to_regclass('public.quote_services_breakdown') is null then
    create table if not exists public.quote_services_breakdown (
      id uuid primary key default gen_random_uuid(),
      quote_materials_pricing_id uuid not null
        references public.quote_materials_pricing (id) on delete cascade,
      service_type varchar(50) not null,
      quantity numeric(10, 2) not null,
      unit_price numeric(10, 2) not null,
      net_price numeric(12, 2) not null,
      vat_amount numeric(12, 2) not null,
      gross_price numeric(12, 2) not null,
      created_at timestamptz not null default now()
    );
    create index idx_qsb_pricing_id on public.quote_services_breakdown (quote_materials_pricing_id);
    alter table public.quote_services_breakdown enable row level security;
    revoke all on public.quote_services_breakdown from anon, authenticated;
  end if;

  if to_regclass('public.quote_fees') is null then
    create table if not exists public.quote_fees (
      id uuid primary key default gen_random_uuid(),
      quote_id uuid not null references public.quotes (id) on delete cascade,
      feetype_id uuid not null references public.feetypes (id) on delete restrict,
      fee_name varchar(255) not null,
      unit_price_net numeric(12, 2) not null,
      vat_rate numeric(5, 4) not null,
      vat_amount numeric(12, 2) not null,
      gross_price numeric(12, 2) not null,
      currency_id uuid not null references public.currencies (id),
      created_at timestamptz default now(),
      updated_at timestamptz default now(),
      deleted_at timestamptz,
      quantity integer not null default 1 constraint quote_fees_quantity_check check (quantity > 0),
      comment text
    );
    create index idx_quote_fees_quote_id on public.quote_fees (quote_id) where deleted_at is null;
    create trigger update_quote_fees_updated_at before update on public.quote_fees
      for each row execute function public.update_updated_at_column();
    alter table public.quote_fees enable row level security;
    revoke all on public.quote_fees from anon, authenticated;
  end if;

  if to_regclass('public.quote_accessories') is null then
    create table if not exists public.quote_accessories (
      id uuid primary key default gen_random_uuid(),
      quote_id uuid not null references public.quotes (id) on delete cascade,
      accessory_id uuid references public.accessories (id) on delete restrict,
      quantity integer not null default 1
        constraint quote_accessories_quantity_check check (quantity > 0),
      accessory_name varchar(255) not null,
      sku varchar(255) not null,
      unit_price_net numeric(12, 2) not null,
      vat_rate numeric(5, 4) not null,
      unit_id uuid not null references public.units (id),
      unit_name varchar(100) not null,
      currency_id uuid not null references public.currencies (id),
      total_net numeric(12, 2) not null,
      total_vat numeric(12, 2) not null,
      total_gross numeric(12, 2) not null,
      created_at timestamptz default now(),
      updated_at timestamptz default now(),
      deleted_at timestamptz,
      base_price integer not null,
      multiplier numeric(3, 2) not null default 1.38,
      constraint chk_quote_accessories_base_price_positive check (base_price >= 0),
      constraint chk_quote_accessories_multiplier_range
        check (multiplier >= 1.00 and multiplier <= 5.00)
    );
    create index idx_quote_accessories_quote_id on public.quote_accessories (quote_id)
      where deleted_at is null;
    create trigger update_quote_accessories_updated_at before update on public.quote_accessories
      for each row execute function public.update_updated_at_column();
    alter table public.quote_accessories enable row level security;
    revoke all on public.quote_accessories from anon, authenticated;
  end if;
end
$$;

-- No index is added to a table that already existed: substring search (ilike '%…%') cannot use
-- a btree index anyway, a catalog of a few thousand rows is scanned in about a millisecond,
-- and Turinova's schema already indexes names, brands and soft deletes. Building an index on a
-- production table from a setup script would also take a lock the company did not plan for.

-- -----------------------------------------------------------------------------
-- Quote and order numbers: Turinova has its own generators; provide equivalents only where
-- they are missing. Both count deleted rows too, so a number is never reused.
-- -----------------------------------------------------------------------------
do $$
begin
  -- Earlier versions of this script created generators that cut a four-digit counter to
  -- three digits and then looped for ever after the 999th number. Drop exactly those (their
  -- body is this script's own, so never a company's function) to recreate them below.
  if exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'generate_quote_number'
      and p.prosrc like '%lpad(v_next::text, 3, ''0'')%'
      and p.prosrc like '%exit when not exists (select from quotes where quote_number = v_number)%'
  ) then
    drop function public.generate_quote_number();
  end if;
  if exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'generate_order_number'
      and p.prosrc like '%lpad(v_next::text, 3, ''0'')%'
      and p.prosrc like '%exit when not exists (select from quotes where order_number = v_number)%'
  ) then
    drop function public.generate_order_number(date);
  end if;
  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'generate_quote_number'
  ) then
    create function public.generate_quote_number() returns varchar
      language plpgsql
      set search_path = public, pg_temp
      as $f$
      declare
        v_year text := to_char(now(), 'YYYY');
        v_next integer;
        v_number varchar(50);
      begin
        select coalesce(max(substring(quote_number from '^Q-\d{4}-(\d+)$')::integer), 0) + 1
          into v_next
          from quotes
          where quote_number like 'Q-' || v_year || '-%';
        loop
          -- At least three digits; the 1000th quote of a year is Q-YYYY-1000 (lpad alone would
          -- cut it to '100', which exists, and the loop would never end).
          v_number := 'Q-' || v_year || '-' || lpad(v_next::text, greatest(3, length(v_next::text)), '0');
          exit when not exists (select from quotes where quote_number = v_number);
          v_next := v_next + 1;
        end loop;
        return v_number;
      end;
      $f$;
  end if;

  if not exists (
    select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname = 'generate_order_number'
  ) then
    create function public.generate_order_number(target_date date default current_date)
      returns text
      language plpgsql
      set search_path = public, pg_temp
      as $f$
      declare
        v_day text := to_char(target_date, 'YYYY-MM-DD');
        v_next integer;
        v_number text;
      begin
        select coalesce(max(substring(order_number from '^ORD-\d{4}-\d{2}-\d{2}-(\d+)$')::integer), 0) + 1
          into v_next
          from quotes
          where order_number like 'ORD-' || v_day || '-%';
        loop
          v_number := 'ORD-' || v_day || '-' || lpad(v_next::text, greatest(3, length(v_next::text)), '0');
          exit when not exists (select from quotes where order_number = v_number);
          v_next := v_next + 1;
        end loop;
        return v_number;
      end;
      $f$;
  end if;
end
$$;

-- -----------------------------------------------------------------------------
-- The portal's own table (not Turinova's): which company quote a portal quote became.
-- Turinova's `quotes` has no column for it, and a Turinova table is never altered. It makes
-- `portal_submit_quote` idempotent (the primary key is the portal quote id) and lets the
-- portal follow its quotes' orders (order sync joins on it). A company quote removed for good
-- takes its link with it; a soft-deleted one keeps it.
-- -----------------------------------------------------------------------------
do $$
begin
  if to_regclass('public.portal_quote_links') is null then
    create table if not exists public.portal_quote_links (
      portal_quote_id uuid primary key,
      quote_id uuid not null unique references public.quotes (id) on delete cascade,
      portal_quote_number text,
      customer_id uuid references public.customers (id) on delete set null,
      submitted_at timestamptz not null default now()
    );
    alter table public.portal_quote_links enable row level security;
    revoke all on public.portal_quote_links from anon, authenticated;
  end if;
end
$$;

-- =============================================================================
-- The portal functions (contract version 2). Always replaced, so a new version of this script
-- updates them. Internal helpers are named portal_internal_*; they follow the same rules.
-- =============================================================================

create or replace function public.portal_contract_version()
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select jsonb_build_object('version', 2)
$$;

-- Changes whenever a catalog row is inserted, updated or deleted. Per table: the row count
-- (hard deletes) and the sum of the row versions' xmin (every insert or update writes a row
-- version with a new transaction id, even when updated_at is not touched: Turinova has no
-- updated_at trigger on edge_materials, and material_groups has no updated_at at all). One
-- scan per table, about a millisecond for a few thousand rows, and independent of TimeZone.
create or replace function public.portal_catalog_version()
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select jsonb_build_object('version', md5(concat_ws('|',
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from materials),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from material_settings),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from material_groups),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from material_group_settings),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from brands),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from edge_materials),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from linear_materials),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from accessories),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from cutting_fees),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from feetypes),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from vat),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from currencies),
    (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from units)
  )))
$$;

-- ILIKE pattern for "anywhere in the text"; null for null or blank. % _ and \ in the search
-- are literal characters, not wildcards.
create or replace function public.portal_internal_like_pattern(p_search text)
returns text
language sql
immutable
security definer
set search_path = public, pg_temp
as $$
  select case
    when nullif(btrim(p_search), '') is null then null
    else '%' || replace(replace(replace(btrim(p_search), '\', '\\'), '%', '\%'), '_', '\_') || '%'
  end
$$;

create or replace function public.portal_internal_check_paging(p_limit integer, p_offset integer)
returns void
language plpgsql
immutable
security definer
set search_path = public, pg_temp
as $$
begin
  if p_limit is not null and (p_limit < 1 or p_limit > 500) then
    raise exception 'p_limit must be between 1 and 500, got %', p_limit
      using errcode = '22023';
  end if;
  if p_offset is not null and p_offset < 0 then
    raise exception 'p_offset must be 0 or more, got %', p_offset
      using errcode = '22023';
  end if;
end
$$;

-- ---------------------------------------------------------------------------
-- Materials
-- ---------------------------------------------------------------------------
-- The Material objects of the given ids (soft-deleted rows left out), ordered by name, id.
-- Settings: the material's row, else its group's row, else the contract defaults, field by
-- field; both settings rows are read as jsonb because their columns differ between versions.
create or replace function public.portal_internal_materials(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select coalesce(jsonb_agg(r.item order by r.name, r.id), '[]'::jsonb)
  from (
    select
      m.name,
      m.id,
      jsonb_build_object(
        'id', m.id,
        'name', m.name,
        'brand', case when b.id is null then null
                      else jsonb_build_object('id', b.id, 'name', b.name) end,
        'group', case when g.id is null then null
                      else jsonb_build_object('id', g.id, 'name', g.name) end,
        'length_mm', m.length_mm,
        'width_mm', m.width_mm,
        'thickness_mm', m.thickness_mm,
        'grain_direction', coalesce(m.grain_direction, false),
        'on_stock', coalesce(m.on_stock, true),
        'active', coalesce(m.active, true),
        'price_per_sqm', round(m.price_per_sqm, 2)::text,
        'base_price', m.base_price,
        'multiplier', m.multiplier::text,
        'vat_rate', coalesce(trim_scale(v.kulcs)::text, '27'),
        'currency', coalesce(c.name, 'HUF'),
        'unit', u.shortform,
        'image_url', m.image_url,
        'updated_at', (to_jsonb(m.updated_at at time zone 'UTC') #>> '{}') || '+00:00',
        'settings', jsonb_build_object(
          'kerf_mm', coalesce((ms.j ->> 'kerf_mm')::integer, (gs.j ->> 'kerf_mm')::integer, 3),
          'trim_top_mm',
            coalesce((ms.j ->> 'trim_top_mm')::integer, (gs.j ->> 'trim_top_mm')::integer, 0),
          'trim_right_mm',
            coalesce((ms.j ->> 'trim_right_mm')::integer, (gs.j ->> 'trim_right_mm')::integer, 10),
          'trim_bottom_mm',
            coalesce((ms.j ->> 'trim_bottom_mm')::integer, (gs.j ->> 'trim_bottom_mm')::integer, 0),
          'trim_left_mm',
            coalesce((ms.j ->> 'trim_left_mm')::integer, (gs.j ->> 'trim_left_mm')::integer, 10),
          'rotatable',
            coalesce((ms.j ->> 'rotatable')::boolean, (gs.j ->> 'rotatable')::boolean, true),
          'waste_multi', trim_scale(coalesce(
            (ms.j ->> 'waste_multi')::numeric, (gs.j ->> 'waste_multi')::numeric, 1.0))::text,
          'usage_limit', coalesce(
            (ms.j ->> 'usage_limit')::numeric, (gs.j ->> 'usage_limit')::numeric, 0.65)::text
        )
      ) as item
    from materials m
    left join brands b on b.id = m.brand_id
    left join material_groups g on g.id = m.group_id
    left join vat v on v.id = m.vat_id
    left join currencies c on c.id = m.currency_id
    left join units u on u.id = m.units_id
    left join lateral (
      select to_jsonb(s) as j from material_settings s where s.material_id = m.id limit 1
    ) ms on true
    left join lateral (
      select to_jsonb(s) as j from material_group_settings s where s.group_id = m.group_id limit 1
    ) gs on true
    where m.id = any(p_ids)
      and m.deleted_at is null
  ) r
$$;

create or replace function public.portal_materials_by_ids(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select portal_internal_materials(p_ids)
$$;

create or replace function public.portal_materials_search(
  p_search text default null,
  p_brand_ids uuid[] default null,
  p_thicknesses integer[] default null,
  p_on_stock boolean default null,
  p_limit integer default 50,
  p_offset integer default 0
)
returns jsonb
language plpgsql
stable
security definer
set search_path = public, pg_temp
as $$
declare
  v_pattern text := portal_internal_like_pattern(p_search);
  v_total bigint;
  v_ids uuid[];
begin
  perform portal_internal_check_paging(p_limit, p_offset);
  with matches as (
    select m.id, m.name
    from materials m
    left join brands b on b.id = m.brand_id
    left join material_groups g on g.id = m.group_id
    where m.deleted_at is null
      and coalesce(m.active, true)
      and (v_pattern is null
           or m.name ilike v_pattern or b.name ilike v_pattern or g.name ilike v_pattern)
      and (coalesce(cardinality(p_brand_ids), 0) = 0 or m.brand_id = any(p_brand_ids))
      and (coalesce(cardinality(p_thicknesses), 0) = 0 or m.thickness_mm = any(p_thicknesses))
      and (p_on_stock is null or coalesce(m.on_stock, true) = p_on_stock)
  )
  select
    (select count(*) from matches),
    (select array_agg(p.id order by p.name, p.id)
     from (select id, name from matches order by name, id
           limit coalesce(p_limit, 50) offset coalesce(p_offset, 0)) p)
  into v_total, v_ids;
  return jsonb_build_object('total_count', v_total, 'items', portal_internal_materials(v_ids));
end
$$;

create or replace function public.portal_material_filters()
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select jsonb_build_object(
    'brands', coalesce((
      select jsonb_agg(jsonb_build_object('id', b.id, 'name', b.name, 'count', x.n)
                       order by b.name, b.id)
      from (
        select brand_id, count(*)::integer as n
        from materials
        where deleted_at is null and coalesce(active, true) and brand_id is not null
        group by brand_id
      ) x
      join brands b on b.id = x.brand_id
    ), '[]'::jsonb),
    'thicknesses', coalesce((
      select jsonb_agg(t.thickness_mm order by t.thickness_mm)
      from (
        select distinct thickness_mm
        from materials
        where deleted_at is null and coalesce(active, true)
      ) t
    ), '[]'::jsonb)
  )
$$;

-- ---------------------------------------------------------------------------
-- Edge bandings. They have no name: ordered by decor, type, width, thickness, id.
-- ---------------------------------------------------------------------------
create or replace function public.portal_internal_edge_bandings(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select coalesce(
    jsonb_agg(r.item order by r.decor, r.type, r.width, r.thickness, r.id), '[]'::jsonb)
  from (
    select
      e.decor, e.type, e.width, e.thickness, e.id,
      jsonb_build_object(
        'id', e.id,
        'brand', case when b.id is null then null
                      else jsonb_build_object('id', b.id, 'name', b.name) end,
        'type', e.type,
        'width', e.width,
        'thickness', e.thickness::text,
        'decor', e.decor,
        'price_per_m', e.price::text,
        'overhang_mm', coalesce((ej.j ->> 'ráhagyás')::integer, 0),
        'vat_rate', coalesce(trim_scale(v.kulcs)::text, '27'),
        'currency', coalesce(c.name, 'HUF'),
        'active', coalesce((ej.j ->> 'active')::boolean, true),
        'favourite_priority', (ej.j ->> 'favourite_priority')::integer,
        'updated_at', (to_jsonb(e.updated_at at time zone 'UTC') #>> '{}') || '+00:00'
      ) as item
    from edge_materials e
    cross join lateral (select to_jsonb(e) as j) ej
    left join brands b on b.id = e.brand_id
    left join vat v on v.id = e.vat_id
    left join currencies c on c.id = (ej.j ->> 'currency_id')::uuid
    where e.id = any(p_ids)
      and e.deleted_at is null
  ) r
$$;

create or replace function public.portal_edge_bandings_by_ids(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select portal_internal_edge_bandings(p_ids)
$$;

-- Matches type, decor, brand name and the label type-width/thickness-decor ("ABS-22/2-H1145").
create or replace function public.portal_edge_bandings_search(
  p_search text default null,
  p_limit integer default 50,
  p_offset integer default 0
)
returns jsonb
language plpgsql
stable
security definer
set search_path = public, pg_temp
as $$
declare
  v_pattern text := portal_internal_like_pattern(p_search);
  v_total bigint;
  v_ids uuid[];
begin
  perform portal_internal_check_paging(p_limit, p_offset);
  with matches as (
    select e.id, e.decor, e.type, e.width, e.thickness
    from edge_materials e
    left join brands b on b.id = e.brand_id
    where e.deleted_at is null
      and coalesce((to_jsonb(e) ->> 'active')::boolean, true)
      and (v_pattern is null
           or e.type ilike v_pattern
           or e.decor ilike v_pattern
           or b.name ilike v_pattern
           or (e.type || '-' || e.width || '/' || trim_scale(e.thickness) || '-' || e.decor)
              ilike v_pattern)
  )
  select
    (select count(*) from matches),
    (select array_agg(p.id order by p.decor, p.type, p.width, p.thickness, p.id)
     from (select id, decor, type, width, thickness from matches
           order by decor, type, width, thickness, id
           limit coalesce(p_limit, 50) offset coalesce(p_offset, 0)) p)
  into v_total, v_ids;
  return jsonb_build_object('total_count', v_total, 'items', portal_internal_edge_bandings(v_ids));
end
$$;

-- ---------------------------------------------------------------------------
-- Linear materials (worktops, wall panels). Sizes are numeric(10,2) in Turinova: they are
-- returned as JSON numbers without trailing zeros (600, not 600.00).
-- ---------------------------------------------------------------------------
create or replace function public.portal_internal_linear_materials(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select coalesce(jsonb_agg(r.item order by r.name, r.id), '[]'::jsonb)
  from (
    select
      l.name, l.id,
      jsonb_build_object(
        'id', l.id,
        'name', l.name,
        'brand', case when b.id is null then null
                      else jsonb_build_object('id', b.id, 'name', b.name) end,
        'type', l.type,
        'width', trim_scale(l.width::numeric),
        'length', trim_scale(l.length::numeric),
        'thickness', trim_scale(l.thickness::numeric),
        'price_per_m', round(l.price_per_m, 2)::text,
        'on_stock', coalesce(l.on_stock, true),
        'active', coalesce(l.active, true),
        'vat_rate', coalesce(trim_scale(v.kulcs)::text, '27'),
        'currency', coalesce(c.name, 'HUF'),
        'updated_at', (to_jsonb(l.updated_at at time zone 'UTC') #>> '{}') || '+00:00'
      ) as item
    from linear_materials l
    left join brands b on b.id = l.brand_id
    left join vat v on v.id = l.vat_id
    left join currencies c on c.id = l.currency_id
    where l.id = any(p_ids)
      and l.deleted_at is null
  ) r
$$;

create or replace function public.portal_linear_materials_by_ids(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select portal_internal_linear_materials(p_ids)
$$;

create or replace function public.portal_linear_materials_search(
  p_search text default null,
  p_limit integer default 50,
  p_offset integer default 0
)
returns jsonb
language plpgsql
stable
security definer
set search_path = public, pg_temp
as $$
declare
  v_pattern text := portal_internal_like_pattern(p_search);
  v_total bigint;
  v_ids uuid[];
begin
  perform portal_internal_check_paging(p_limit, p_offset);
  with matches as (
    select l.id, l.name
    from linear_materials l
    where l.deleted_at is null
      and coalesce(l.active, true)
      and (v_pattern is null or l.name ilike v_pattern)
  )
  select
    (select count(*) from matches),
    (select array_agg(p.id order by p.name, p.id)
     from (select id, name from matches order by name, id
           limit coalesce(p_limit, 50) offset coalesce(p_offset, 0)) p)
  into v_total, v_ids;
  return jsonb_build_object(
    'total_count', v_total, 'items', portal_internal_linear_materials(v_ids));
end
$$;

-- ---------------------------------------------------------------------------
-- Accessories. Turinova's table has no `active` column: rows are active unless one exists
-- and says otherwise.
-- ---------------------------------------------------------------------------
create or replace function public.portal_internal_accessories(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select coalesce(jsonb_agg(r.item order by r.name, r.id), '[]'::jsonb)
  from (
    select
      a.name, a.id,
      jsonb_build_object(
        'id', a.id,
        'name', a.name,
        'sku', a.sku,
        'base_price', a.base_price,
        'multiplier', a.multiplier::text,
        'net_price', a.net_price,
        'unit_price_net',
          coalesce(a.net_price::numeric, round(a.base_price * coalesce(a.multiplier, 1)))::text,
        'vat_rate', coalesce(trim_scale(v.kulcs)::text, '27'),
        'currency', coalesce(c.name, 'HUF'),
        'unit', u.shortform,
        'active', coalesce((to_jsonb(a) ->> 'active')::boolean, true),
        'updated_at', (to_jsonb(a.updated_at at time zone 'UTC') #>> '{}') || '+00:00'
      ) as item
    from accessories a
    left join vat v on v.id = a.vat_id
    left join currencies c on c.id = a.currency_id
    left join units u on u.id = a.units_id
    where a.id = any(p_ids)
      and a.deleted_at is null
  ) r
$$;

create or replace function public.portal_accessories_by_ids(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select portal_internal_accessories(p_ids)
$$;

create or replace function public.portal_accessories_search(
  p_search text default null,
  p_limit integer default 50,
  p_offset integer default 0
)
returns jsonb
language plpgsql
stable
security definer
set search_path = public, pg_temp
as $$
declare
  v_pattern text := portal_internal_like_pattern(p_search);
  v_total bigint;
  v_ids uuid[];
begin
  perform portal_internal_check_paging(p_limit, p_offset);
  with matches as (
    select a.id, a.name
    from accessories a
    where a.deleted_at is null
      and coalesce((to_jsonb(a) ->> 'active')::boolean, true)
      and (v_pattern is null or a.name ilike v_pattern or a.sku ilike v_pattern)
  )
  select
    (select count(*) from matches),
    (select array_agg(p.id order by p.name, p.id)
     from (select id, name from matches order by name, id
           limit coalesce(p_limit, 50) offset coalesce(p_offset, 0)) p)
  into v_total, v_ids;
  return jsonb_build_object('total_count', v_total, 'items', portal_internal_accessories(v_ids));
end
$$;

-- ---------------------------------------------------------------------------
-- Services: the cutting_fees row (the most recently updated one, should a company have
-- several), else DOMAIN.md's defaults.
-- ---------------------------------------------------------------------------
create or replace function public.portal_services()
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select jsonb_build_object(
    'cutting_fee_per_m', round(coalesce(f.fee_per_meter, 300), 2)::text,
    'hinge_hole_fee_per_hole', round(coalesce(f.panthelyfuras_fee_per_hole, 50), 2)::text,
    'doubling_fee_per_sqm', round(coalesce(f.duplungolas_fee_per_sqm, 200), 2)::text,
    'angle_cut_fee_per_panel', round(coalesce(f.szogvagas_fee_per_panel, 100), 2)::text,
    'vat_rate', coalesce(trim_scale(v.kulcs)::text, '27'),
    'currency', coalesce(c.name, 'HUF')
  )
  from (select 1) one
  left join lateral (
    select * from cutting_fees order by updated_at desc nulls last, id limit 1
  ) f on true
  left join vat v on v.id = f.vat_id
  left join currencies c on c.id = f.currency_id
$$;

-- ---------------------------------------------------------------------------
-- Fee types (net_price may be negative: a discount).
-- ---------------------------------------------------------------------------
create or replace function public.portal_internal_fee_types(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select coalesce(jsonb_agg(r.item order by r.name, r.id), '[]'::jsonb)
  from (
    select
      f.name, f.id,
      jsonb_build_object(
        'id', f.id,
        'name', f.name,
        'net_price', round(f.net_price, 2)::text,
        'vat_rate', coalesce(trim_scale(v.kulcs)::text, '27'),
        'currency', coalesce(c.name, 'HUF'),
        'updated_at', (to_jsonb(f.updated_at at time zone 'UTC') #>> '{}') || '+00:00'
      ) as item
    from feetypes f
    left join vat v on v.id = f.vat_id
    left join currencies c on c.id = f.currency_id
    where f.id = any(p_ids)
      and f.deleted_at is null
  ) r
$$;

create or replace function public.portal_fee_types_by_ids(p_ids uuid[])
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select portal_internal_fee_types(p_ids)
$$;

create or replace function public.portal_fee_types_search(
  p_search text default null,
  p_limit integer default 50,
  p_offset integer default 0
)
returns jsonb
language plpgsql
stable
security definer
set search_path = public, pg_temp
as $$
declare
  v_pattern text := portal_internal_like_pattern(p_search);
  v_total bigint;
  v_ids uuid[];
begin
  perform portal_internal_check_paging(p_limit, p_offset);
  with matches as (
    select f.id, f.name
    from feetypes f
    where f.deleted_at is null
      and coalesce((to_jsonb(f) ->> 'active')::boolean, true)
      and (v_pattern is null or f.name ilike v_pattern)
  )
  select
    (select count(*) from matches),
    (select array_agg(p.id order by p.name, p.id)
     from (select id, name from matches order by name, id
           limit coalesce(p_limit, 50) offset coalesce(p_offset, 0)) p)
  into v_total, v_ids;
  return jsonb_build_object('total_count', v_total, 'items', portal_internal_fee_types(v_ids));
end
$$;

-- ---------------------------------------------------------------------------
-- Submission (contract version 2): a portal quote becomes a company quote.
-- ---------------------------------------------------------------------------
-- Readers of one value of the p_quote document. Each names the path it read in its error
-- (22023 invalid_parameter_value), so the portal can tell which part of its payload was wrong.
create or replace function public.portal_internal_json_text(
  p_value jsonb, p_path text, p_required boolean, p_max integer
)
returns text
language plpgsql
immutable
security definer
set search_path = public, pg_temp
as $$
declare
  v text;
begin
  if p_value is null or jsonb_typeof(p_value) = 'null' then
    if p_required then
      raise exception '% is required', p_path using errcode = '22023';
    end if;
    return null;
  end if;
  if jsonb_typeof(p_value) <> 'string' then
    raise exception '% must be a string', p_path using errcode = '22023';
  end if;
  v := p_value #>> '{}';
  if p_required and btrim(v) = '' then
    raise exception '% must not be blank', p_path using errcode = '22023';
  end if;
  if length(v) > p_max then
    raise exception '% must be at most % characters', p_path, p_max using errcode = '22023';
  end if;
  return v;
end
$$;

create or replace function public.portal_internal_json_uuid(
  p_value jsonb, p_path text, p_required boolean
)
returns uuid
language plpgsql
immutable
security definer
set search_path = public, pg_temp
as $$
declare
  v text := portal_internal_json_text(p_value, p_path, p_required, 36);
begin
  if v is null then
    return null;
  end if;
  if v !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception '% must be a uuid', p_path using errcode = '22023';
  end if;
  return v::uuid;
end
$$;

-- Money, rates and areas are exact decimal strings, as everywhere in the contract.
create or replace function public.portal_internal_json_decimal(p_value jsonb, p_path text)
returns numeric
language plpgsql
immutable
security definer
set search_path = public, pg_temp
as $$
declare
  v text;
begin
  if p_value is null or jsonb_typeof(p_value) <> 'string' then
    raise exception '% must be a decimal string', p_path using errcode = '22023';
  end if;
  v := p_value #>> '{}';
  if v !~ '^-?[0-9]{1,12}(\.[0-9]{1,12})?$' then
    raise exception '% must be a decimal string, got "%"', p_path, left(v, 40)
      using errcode = '22023';
  end if;
  return v::numeric;
end
$$;

create or replace function public.portal_internal_json_int(
  p_value jsonb, p_path text, p_min integer, p_max integer
)
returns integer
language plpgsql
immutable
security definer
set search_path = public, pg_temp
as $$
declare
  v numeric;
begin
  if p_value is null or jsonb_typeof(p_value) <> 'number' then
    raise exception '% must be an integer', p_path using errcode = '22023';
  end if;
  v := (p_value #>> '{}')::numeric;
  if v <> trunc(v) or v < p_min or v > p_max then
    raise exception '% must be an integer from % to %', p_path, p_min, p_max
      using errcode = '22023';
  end if;
  return v::integer;
end
$$;

create or replace function public.portal_internal_json_bool(p_value jsonb, p_path text)
returns boolean
language plpgsql
immutable
security definer
set search_path = public, pg_temp
as $$
begin
  if p_value is null or jsonb_typeof(p_value) = 'null' then
    return false;
  end if;
  if jsonb_typeof(p_value) <> 'boolean' then
    raise exception '% must be true or false', p_path using errcode = '22023';
  end if;
  return (p_value #>> '{}')::boolean;
end
$$;

create or replace function public.portal_internal_json_array(p_value jsonb, p_path text)
returns jsonb
language plpgsql
immutable
security definer
set search_path = public, pg_temp
as $$
begin
  if p_value is null or jsonb_typeof(p_value) = 'null' then
    return '[]'::jsonb;
  end if;
  if jsonb_typeof(p_value) <> 'array' then
    raise exception '% must be an array', p_path using errcode = '22023';
  end if;
  return p_value;
end
$$;

-- {"net", "gross", "vat"} of the document, checked to add up (gross = net + vat).
create or replace function public.portal_internal_json_amounts(p_value jsonb, p_path text)
returns numeric[]
language plpgsql
immutable
security definer
set search_path = public, pg_temp
as $$
declare
  v_net numeric;
  v_vat numeric;
  v_gross numeric;
begin
  if p_value is null or jsonb_typeof(p_value) <> 'object' then
    raise exception '% must be an object {net, vat, gross}', p_path using errcode = '22023';
  end if;
  v_net := portal_internal_json_decimal(p_value -> 'net', p_path || '.net');
  v_vat := portal_internal_json_decimal(p_value -> 'vat', p_path || '.vat');
  v_gross := portal_internal_json_decimal(p_value -> 'gross', p_path || '.gross');
  if v_net + v_vat <> v_gross then
    raise exception '%: gross % is not net % + vat %', p_path, v_gross, v_net, v_vat
      using errcode = '22023';
  end if;
  return array[v_net, v_vat, v_gross];
end
$$;

-- The currency row of a name (the quote's currency), else the company's only or first one.
create or replace function public.portal_internal_currency_id(p_name text)
returns uuid
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select c.id from currencies c
  where to_jsonb(c) ->> 'deleted_at' is null
  order by (c.name = p_name) desc, c.id
  limit 1
$$;

-- Inserts rows (a JSON array of objects with the same keys) into a Turinova table, writing
-- only the keys that are columns there: a company whose schema predates a column (a quote
-- `comment`, a customer's billing address) still gets the rest, and columns the portal does
-- not know keep their defaults. One statement per table.
create or replace function public.portal_internal_insert_rows(p_table regclass, p_rows jsonb)
returns void
language plpgsql
volatile
security definer
set search_path = public, pg_temp
as $$
declare
  v_columns text;
begin
  if p_rows is null or jsonb_array_length(p_rows) = 0 then
    return;
  end if;
  select string_agg(quote_ident(a.attname), ', ' order by a.attnum) into v_columns
  from pg_attribute a
  where a.attrelid = p_table and a.attnum > 0 and not a.attisdropped
    and (p_rows -> 0) ? a.attname::text;
  execute format(
    'insert into %s (%s) select %s from jsonb_populate_recordset(null::%s, $1)',
    p_table, v_columns, v_columns, p_table
  ) using p_rows;
end
$$;

-- Finds the company's customer for the portal customer, else creates one. See
-- docs/company-contract.md ("Which customer"): by email first; else by name, but a
-- same-named customer with another email is another person and is never merged.
create or replace function public.portal_internal_submit_customer(
  p_customer jsonb, p_discount numeric
)
returns uuid
language plpgsql
volatile
security definer
set search_path = public, pg_temp
as $$
declare
  v_email text;
  v_name text;
  v_mobile text;
  v_billing jsonb;
  v_id uuid;
  v_other_email text;
  v_store_email text;
begin
  if p_customer is null or jsonb_typeof(p_customer) <> 'object' then
    raise exception 'p_quote.customer must be an object' using errcode = '22023';
  end if;
  v_email := btrim(portal_internal_json_text(p_customer -> 'email', 'p_quote.customer.email', true, 254));
  v_name := btrim(portal_internal_json_text(p_customer -> 'name', 'p_quote.customer.name', true, 200));
  v_mobile := portal_internal_json_text(p_customer -> 'mobile', 'p_quote.customer.mobile', false, 40);
  v_billing := coalesce(p_customer -> 'billing', 'null'::jsonb);
  if jsonb_typeof(v_billing) not in ('object', 'null') then
    raise exception 'p_quote.customer.billing must be an object or null' using errcode = '22023';
  end if;

  select c.id into v_id
  from customers c
  where c.deleted_at is null and lower(c.email) = lower(v_email)
  order by c.created_at, c.id
  limit 1;
  if found then
    return v_id;
  end if;

  -- `name` is unique among live customers: at most one.
  select c.id, c.email into v_id, v_other_email
  from customers c
  where c.deleted_at is null and c.name = v_name;
  if found then
    if v_other_email is null or btrim(v_other_email) = '' then
      -- The company's own record of this person, kept without an email: it is them.
      return v_id;
    end if;
    -- Same name, another email: another person. The new customer's name says whose it is.
    v_name := left(v_name || ' (' || v_email || ')', 255);
    v_id := null;
  end if;

  -- Turinova's email index is unique over deleted rows too: a customer the company deleted
  -- keeps the address, and the new record goes in without one (name and billing still say who).
  v_store_email := case
    when exists (select from customers c where lower(c.email) = lower(v_email)) then null
    else v_email
  end;

  v_id := gen_random_uuid();
  perform portal_internal_insert_rows('customers', jsonb_build_array(jsonb_build_object(
    'id', v_id,
    'name', v_name,
    'email', v_store_email,
    'mobile', v_mobile,
    'discount_percent', coalesce(p_discount, 0),
    'billing_name', v_billing ->> 'name',
    'billing_country', coalesce(nullif(v_billing ->> 'country', ''), 'Magyarország'),
    'billing_city', v_billing ->> 'city',
    'billing_postal_code', v_billing ->> 'postal_code',
    'billing_street', v_billing ->> 'street',
    'billing_house_number', v_billing ->> 'house_number',
    'billing_tax_number', v_billing ->> 'tax_number',
    'billing_company_reg_number', v_billing ->> 'company_reg_number'
  )));
  return v_id;
end
$$;

-- Creates the company quote of a portal quote: customer, quote (source 'customer_portal',
-- status draft, numbered by the company's own generate_quote_number(), created by the system
-- user), panels, per-material pricing with its edge and service breakdowns, fees and
-- accessories, and the link in portal_quote_links — all in the one transaction of the call.
-- Idempotent by portal quote id: a second call returns the quote of the first and writes
-- nothing; concurrent calls for one portal quote wait for each other (advisory lock).
-- Prices are the portal's (priced from this company's catalog, frozen at submission); the
-- names, thicknesses, units and currencies come from this company's own rows.
create or replace function public.portal_submit_quote(p_quote jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = public, pg_temp
as $$
declare
  v_system_user constant uuid := 'c0000000-0000-0000-0000-000000000001';
  v_portal_id uuid;
  v_portal_number text;
  v_existing record;
  v_currency text;
  v_discount numeric;
  v_comment text;
  v_totals jsonb;
  v_materials_total numeric[];
  v_fees_total numeric[];
  v_accessories_total numeric[];
  v_final numeric;
  v_panels jsonb;
  v_pricing jsonb;
  v_fees jsonb;
  v_accessories jsonb;
  v_customer uuid;
  v_quote uuid;
  v_number text;
  v_attempt integer := 0;
  v_item jsonb;
  v_sub jsonb;
  v_i integer;
  v_j integer;
  v_path text;
  v_id uuid;
  v_edge uuid;
  v_side text;
  v_pricing_id uuid;
  v_amounts numeric[];
  v_sum numeric[];
  v_material record;
  v_row record;
  v_rows jsonb;
  v_edge_rows jsonb;
  v_service_rows jsonb;
  v_edge_amounts numeric[];
  v_cut_amounts numeric[];
  v_service_amounts numeric[];
  v_total_amounts numeric[];
begin
  if p_quote is null or jsonb_typeof(p_quote) <> 'object' then
    raise exception 'p_quote must be a JSON object' using errcode = '22023';
  end if;
  v_portal_id := portal_internal_json_uuid(p_quote -> 'portal_quote_id', 'p_quote.portal_quote_id', true);

  -- One delivery of a portal quote at a time; whoever comes second sees the first one's link.
  perform pg_advisory_xact_lock(hashtextextended('portal_submit_quote:' || v_portal_id::text, 0));
  select l.quote_id, q.quote_number, l.customer_id, l.submitted_at into v_existing
  from portal_quote_links l join quotes q on q.id = l.quote_id
  where l.portal_quote_id = v_portal_id;
  if found then
    return jsonb_build_object(
      'quote_id', v_existing.quote_id,
      'quote_number', v_existing.quote_number,
      'customer_id', v_existing.customer_id,
      'submitted_at', (to_jsonb(v_existing.submitted_at at time zone 'UTC') #>> '{}') || '+00:00',
      'created', false
    );
  end if;

  if not exists (select from auth.users where id = v_system_user) then
    raise exception 'the customer portal system user % is missing from auth.users', v_system_user
      using errcode = 'PS010',
            hint = 'Run supabase/company/setup.sql again, or create the user in Supabase Auth';
  end if;

  -- Everything read and checked before the first insert.
  v_portal_number := portal_internal_json_text(p_quote -> 'portal_quote_number', 'p_quote.portal_quote_number', true, 50);
  v_currency := coalesce(portal_internal_json_text(p_quote -> 'currency', 'p_quote.currency', false, 10), 'HUF');
  v_discount := portal_internal_json_decimal(p_quote -> 'discount_percent', 'p_quote.discount_percent');
  if v_discount < 0 or v_discount > 100 then
    raise exception 'p_quote.discount_percent must be from 0 to 100' using errcode = '22023';
  end if;
  v_comment := portal_internal_json_text(p_quote -> 'comment', 'p_quote.comment', false, 2000);
  v_totals := p_quote -> 'totals';
  if v_totals is null or jsonb_typeof(v_totals) <> 'object' then
    raise exception 'p_quote.totals must be an object' using errcode = '22023';
  end if;
  v_materials_total := portal_internal_json_amounts(v_totals -> 'materials', 'p_quote.totals.materials');
  v_fees_total := portal_internal_json_amounts(v_totals -> 'fees', 'p_quote.totals.fees');
  v_accessories_total := portal_internal_json_amounts(v_totals -> 'accessories', 'p_quote.totals.accessories');
  v_final := portal_internal_json_decimal(v_totals -> 'final', 'p_quote.totals.final');
  v_panels := portal_internal_json_array(p_quote -> 'panels', 'p_quote.panels');
  v_pricing := portal_internal_json_array(p_quote -> 'materials', 'p_quote.materials');
  v_fees := portal_internal_json_array(p_quote -> 'fees', 'p_quote.fees');
  v_accessories := portal_internal_json_array(p_quote -> 'accessories', 'p_quote.accessories');
  if jsonb_array_length(v_panels) = 0 then
    raise exception 'p_quote.panels must not be empty' using errcode = '22023';
  end if;
  if jsonb_array_length(v_panels) > 1000 or jsonb_array_length(v_fees) > 100
     or jsonb_array_length(v_accessories) > 200 then
    raise exception 'p_quote has too many lines (panels ≤ 1000, fees ≤ 100, accessories ≤ 200)'
      using errcode = '22023';
  end if;

  -- Every catalog id must be a row of this company (deleted rows are unknown; inactive ones
  -- are accepted: the price was agreed while they were on sale).
  for v_item, v_i in select e, o - 1 from jsonb_array_elements(v_panels) with ordinality as t(e, o) loop
    v_path := format('p_quote.panels[%s]', v_i);
    if jsonb_typeof(v_item) <> 'object' then
      raise exception '% must be an object', v_path using errcode = '22023';
    end if;
    v_id := portal_internal_json_uuid(v_item -> 'material_id', v_path || '.material_id', true);
    if not exists (select from materials m where m.id = v_id and m.deleted_at is null) then
      raise exception 'unknown material % at %.material_id', v_id, v_path
        using errcode = 'PS001', detail = v_path || '.material_id';
    end if;
    foreach v_side in array array['a', 'b', 'c', 'd'] loop
      v_edge := portal_internal_json_uuid(v_item -> ('edge_' || v_side || '_id'), v_path || '.edge_' || v_side || '_id', false);
      if v_edge is not null
         and not exists (select from edge_materials e where e.id = v_edge and e.deleted_at is null) then
        raise exception 'unknown edge material % at %.edge_%_id', v_edge, v_path, v_side
          using errcode = 'PS002', detail = v_path || '.edge_' || v_side || '_id';
      end if;
    end loop;
    perform portal_internal_json_int(v_item -> 'width_mm', v_path || '.width_mm', 1, 10000);
    perform portal_internal_json_int(v_item -> 'height_mm', v_path || '.height_mm', 1, 10000);
    perform portal_internal_json_int(v_item -> 'quantity', v_path || '.quantity', 1, 10000);
    if v_item ? 'hinge_holes' then
      perform portal_internal_json_int(v_item -> 'hinge_holes', v_path || '.hinge_holes', 0, 10);
    end if;
    if coalesce(v_item ->> 'hinge_hole_side', 'long') not in ('long', 'short') then
      raise exception '%.hinge_hole_side must be "long", "short" or null', v_path using errcode = '22023';
    end if;
    perform portal_internal_json_text(v_item -> 'label', v_path || '.label', false, 255);
    perform portal_internal_json_bool(v_item -> 'doubling', v_path || '.doubling');
    perform portal_internal_json_bool(v_item -> 'angle_cut', v_path || '.angle_cut');
  end loop;

  v_sum := array[0, 0, 0];
  for v_item, v_i in select e, o - 1 from jsonb_array_elements(v_pricing) with ordinality as t(e, o) loop
    v_path := format('p_quote.materials[%s]', v_i);
    if jsonb_typeof(v_item) <> 'object' then
      raise exception '% must be an object', v_path using errcode = '22023';
    end if;
    v_id := portal_internal_json_uuid(v_item -> 'material_id', v_path || '.material_id', true);
    if not exists (select from materials m where m.id = v_id and m.deleted_at is null) then
      raise exception 'unknown material % at %.material_id', v_id, v_path
        using errcode = 'PS001', detail = v_path || '.material_id';
    end if;
    v_amounts := portal_internal_json_amounts(v_item -> 'total', v_path || '.total');
    v_sum := array[v_sum[1] + v_amounts[1], v_sum[2] + v_amounts[2], v_sum[3] + v_amounts[3]];
    for v_sub, v_j in select e, o - 1 from jsonb_array_elements(
      portal_internal_json_array(v_item -> 'edge_breakdown', v_path || '.edge_breakdown')
    ) with ordinality as t(e, o) loop
      v_edge := portal_internal_json_uuid(v_sub -> 'edge_material_id', format('%s.edge_breakdown[%s].edge_material_id', v_path, v_j), true);
      if not exists (select from edge_materials e where e.id = v_edge and e.deleted_at is null) then
        raise exception 'unknown edge material % at %.edge_breakdown[%].edge_material_id', v_edge, v_path, v_j
          using errcode = 'PS002', detail = format('%s.edge_breakdown[%s].edge_material_id', v_path, v_j);
      end if;
    end loop;
    for v_sub, v_j in select e, o - 1 from jsonb_array_elements(
      portal_internal_json_array(v_item -> 'services_breakdown', v_path || '.services_breakdown')
    ) with ordinality as t(e, o) loop
      if coalesce(v_sub ->> 'service_type', '') not in ('hinge_holes', 'doubling', 'angle_cut') then
        raise exception '%.services_breakdown[%].service_type must be hinge_holes, doubling or angle_cut', v_path, v_j
          using errcode = '22023';
      end if;
    end loop;
  end loop;
  if v_sum <> v_materials_total then
    raise exception 'p_quote.materials totals (% / % / %) do not add up to p_quote.totals.materials',
      v_sum[1], v_sum[2], v_sum[3] using errcode = '22023';
  end if;

  v_sum := array[0, 0, 0];
  for v_item, v_i in select e, o - 1 from jsonb_array_elements(v_fees) with ordinality as t(e, o) loop
    v_path := format('p_quote.fees[%s]', v_i);
    v_id := portal_internal_json_uuid(v_item -> 'fee_type_id', v_path || '.fee_type_id', true);
    if not exists (select from feetypes f where f.id = v_id and f.deleted_at is null) then
      raise exception 'unknown fee type % at %.fee_type_id', v_id, v_path
        using errcode = 'PS004', detail = v_path || '.fee_type_id';
    end if;
    perform portal_internal_json_int(v_item -> 'quantity', v_path || '.quantity', 1, 10000);
    v_amounts := portal_internal_json_amounts(v_item, v_path);
    v_sum := array[v_sum[1] + v_amounts[1], v_sum[2] + v_amounts[2], v_sum[3] + v_amounts[3]];
  end loop;
  if v_sum <> v_fees_total then
    raise exception 'p_quote.fees do not add up to p_quote.totals.fees' using errcode = '22023';
  end if;

  v_sum := array[0, 0, 0];
  for v_item, v_i in select e, o - 1 from jsonb_array_elements(v_accessories) with ordinality as t(e, o) loop
    v_path := format('p_quote.accessories[%s]', v_i);
    v_id := portal_internal_json_uuid(v_item -> 'accessory_id', v_path || '.accessory_id', true);
    if not exists (select from accessories a where a.id = v_id and a.deleted_at is null) then
      raise exception 'unknown accessory % at %.accessory_id', v_id, v_path
        using errcode = 'PS003', detail = v_path || '.accessory_id';
    end if;
    perform portal_internal_json_int(v_item -> 'quantity', v_path || '.quantity', 1, 10000);
    v_amounts := portal_internal_json_amounts(v_item, v_path);
    v_sum := array[v_sum[1] + v_amounts[1], v_sum[2] + v_amounts[2], v_sum[3] + v_amounts[3]];
  end loop;
  if v_sum <> v_accessories_total then
    raise exception 'p_quote.accessories do not add up to p_quote.totals.accessories' using errcode = '22023';
  end if;

  -- Customers and numbers are shared by every submission into this company: one at a time,
  -- so two new quotes of one new customer make one customer and two different numbers.
  perform pg_advisory_xact_lock(hashtextextended('portal_submit_quote:customers+numbers', 0));
  v_customer := portal_internal_submit_customer(p_quote -> 'customer', v_discount);

  -- The company's own numbering. Staff creating a quote at the same moment may take the
  -- number first (Turinova's generator takes no lock): then the next one is drawn.
  v_quote := gen_random_uuid();
  loop
    v_attempt := v_attempt + 1;
    v_number := generate_quote_number()::text;
    begin
      perform portal_internal_insert_rows('quotes', jsonb_build_array(jsonb_build_object(
        'id', v_quote,
        'customer_id', v_customer,
        'quote_number', v_number,
        'status', 'draft',
        'total_net', v_materials_total[1],
        'total_vat', v_materials_total[2],
        'total_gross', v_materials_total[3],
        'discount_percent', v_discount,
        'final_total_after_discount', v_final,
        'created_by', v_system_user,
        'fees_total_net', v_fees_total[1],
        'fees_total_vat', v_fees_total[2],
        'fees_total_gross', v_fees_total[3],
        'accessories_total_net', v_accessories_total[1],
        'accessories_total_vat', v_accessories_total[2],
        'accessories_total_gross', v_accessories_total[3],
        'source', 'customer_portal',
        'comment', v_comment
      )));
      exit;
    exception when unique_violation then
      if v_attempt >= 5 then
        raise;
      end if;
    end;
  end loop;

  select jsonb_agg(jsonb_build_object(
    'quote_id', v_quote,
    'material_id', e ->> 'material_id',
    'width_mm', (e ->> 'width_mm')::integer,
    'height_mm', (e ->> 'height_mm')::integer,
    'quantity', (e ->> 'quantity')::integer,
    'label', nullif(e ->> 'label', ''),
    'edge_material_a_id', e ->> 'edge_a_id',
    'edge_material_b_id', e ->> 'edge_b_id',
    'edge_material_c_id', e ->> 'edge_c_id',
    'edge_material_d_id', e ->> 'edge_d_id',
    'panthelyfuras_quantity', coalesce((e ->> 'hinge_holes')::integer, 0),
    'panthelyfuras_oldal', case
      when coalesce((e ->> 'hinge_holes')::integer, 0) = 0 then null
      when e ->> 'hinge_hole_side' = 'short' then 'rövid'
      else 'hosszú'
    end,
    'duplungolas', coalesce((e ->> 'doubling')::boolean, false),
    'szogvagas', coalesce((e ->> 'angle_cut')::boolean, false)
  ) order by o) into v_rows
  from jsonb_array_elements(v_panels) with ordinality as t(e, o);
  perform portal_internal_insert_rows('quote_panels', v_rows);

  v_rows := '[]'::jsonb;
  v_edge_rows := '[]'::jsonb;
  v_service_rows := '[]'::jsonb;
  for v_item, v_i in select e, o - 1 from jsonb_array_elements(v_pricing) with ordinality as t(e, o) loop
    v_path := format('p_quote.materials[%s]', v_i);
    v_pricing_id := gen_random_uuid();
    select m.name, m.thickness_mm, m.grain_direction into v_material
    from materials m where m.id = (v_item ->> 'material_id')::uuid;
    v_amounts := portal_internal_json_amounts(v_item -> 'material', v_path || '.material');
    v_edge_amounts := portal_internal_json_amounts(v_item -> 'edge_materials', v_path || '.edge_materials');
    v_cut_amounts := portal_internal_json_amounts(v_item -> 'cutting', v_path || '.cutting');
    v_service_amounts := portal_internal_json_amounts(v_item -> 'services', v_path || '.services');
    v_total_amounts := portal_internal_json_amounts(v_item -> 'total', v_path || '.total');
    v_rows := v_rows || jsonb_build_object(
      'id', v_pricing_id,
      'quote_id', v_quote,
      'material_id', v_item ->> 'material_id',
      'material_name', v_material.name,
      'board_width_mm', portal_internal_json_int(v_item -> 'board_width_mm', v_path || '.board_width_mm', 1, 100000),
      'board_length_mm', portal_internal_json_int(v_item -> 'board_length_mm', v_path || '.board_length_mm', 1, 100000),
      'thickness_mm', v_material.thickness_mm,
      'grain_direction', coalesce(v_material.grain_direction, false),
      'on_stock', portal_internal_json_bool(v_item -> 'on_stock', v_path || '.on_stock'),
      'boards_used', portal_internal_json_int(v_item -> 'boards_used', v_path || '.boards_used', 0, 100000),
      'usage_percentage', portal_internal_json_decimal(v_item -> 'usage_percentage', v_path || '.usage_percentage'),
      'pricing_method', coalesce(portal_internal_json_text(v_item -> 'pricing_method', v_path || '.pricing_method', false, 20), 'panel_area'),
      'charged_sqm', portal_internal_json_decimal(v_item -> 'charged_sqm', v_path || '.charged_sqm'),
      'price_per_sqm', portal_internal_json_decimal(v_item -> 'price_per_sqm', v_path || '.price_per_sqm'),
      'vat_rate', portal_internal_json_decimal(v_item -> 'vat_rate', v_path || '.vat_rate') / 100,
      'currency', v_currency,
      'usage_limit', portal_internal_json_decimal(v_item -> 'usage_limit', v_path || '.usage_limit'),
      'waste_multi', portal_internal_json_decimal(v_item -> 'waste_multi', v_path || '.waste_multi'),
      'material_net', v_amounts[1], 'material_vat', v_amounts[2], 'material_gross', v_amounts[3],
      'edge_materials_net', v_edge_amounts[1], 'edge_materials_vat', v_edge_amounts[2],
      'edge_materials_gross', v_edge_amounts[3],
      'cutting_length_m', portal_internal_json_decimal(v_item -> 'cutting_length_m', v_path || '.cutting_length_m'),
      'cutting_net', v_cut_amounts[1], 'cutting_vat', v_cut_amounts[2], 'cutting_gross', v_cut_amounts[3],
      'services_net', v_service_amounts[1], 'services_vat', v_service_amounts[2],
      'services_gross', v_service_amounts[3],
      'total_net', v_total_amounts[1], 'total_vat', v_total_amounts[2], 'total_gross', v_total_amounts[3]
    );

    for v_sub, v_j in select e, o - 1 from jsonb_array_elements(
      coalesce(v_item -> 'edge_breakdown', '[]'::jsonb)
    ) with ordinality as t(e, o) loop
      v_amounts := portal_internal_json_amounts(v_sub, format('%s.edge_breakdown[%s]', v_path, v_j));
      select jsonb_build_object(
        'quote_materials_pricing_id', v_pricing_id,
        'edge_material_id', e.id,
        'edge_material_name',
          left(concat_ws('-', e.type, e.width || '/' || trim_scale(e.thickness)::text, e.decor), 255),
        'total_length_m', portal_internal_json_decimal(v_sub -> 'length_m', format('%s.edge_breakdown[%s].length_m', v_path, v_j)),
        'price_per_m', portal_internal_json_decimal(v_sub -> 'price_per_m', format('%s.edge_breakdown[%s].price_per_m', v_path, v_j)),
        'net_price', v_amounts[1], 'vat_amount', v_amounts[2], 'gross_price', v_amounts[3]
      ) into v_sub
      from edge_materials e where e.id = (v_sub ->> 'edge_material_id')::uuid;
      v_edge_rows := v_edge_rows || v_sub;
    end loop;

    for v_sub, v_j in select e, o - 1 from jsonb_array_elements(
      coalesce(v_item -> 'services_breakdown', '[]'::jsonb)
    ) with ordinality as t(e, o) loop
      v_amounts := portal_internal_json_amounts(v_sub, format('%s.services_breakdown[%s]', v_path, v_j));
      v_service_rows := v_service_rows || jsonb_build_object(
        'quote_materials_pricing_id', v_pricing_id,
        'service_type', case v_sub ->> 'service_type'
          when 'hinge_holes' then 'panthelyfuras'
          when 'doubling' then 'duplungolas'
          else 'szogvagas'
        end,
        'quantity', portal_internal_json_decimal(v_sub -> 'quantity', format('%s.services_breakdown[%s].quantity', v_path, v_j)),
        'unit_price', portal_internal_json_decimal(v_sub -> 'unit_price', format('%s.services_breakdown[%s].unit_price', v_path, v_j)),
        'net_price', v_amounts[1], 'vat_amount', v_amounts[2], 'gross_price', v_amounts[3]
      );
    end loop;
  end loop;
  perform portal_internal_insert_rows('quote_materials_pricing', v_rows);
  perform portal_internal_insert_rows('quote_edge_materials_breakdown', v_edge_rows);
  perform portal_internal_insert_rows('quote_services_breakdown', v_service_rows);

  -- A fee line: vat_amount and gross_price are of the whole line (unit price × quantity).
  v_rows := '[]'::jsonb;
  for v_item, v_i in select e, o - 1 from jsonb_array_elements(v_fees) with ordinality as t(e, o) loop
    v_path := format('p_quote.fees[%s]', v_i);
    select f.name,
           coalesce((to_jsonb(f) ->> 'currency_id')::uuid, portal_internal_currency_id(v_currency)) as currency_id
      into v_row
    from feetypes f where f.id = (v_item ->> 'fee_type_id')::uuid;
    v_rows := v_rows || jsonb_build_object(
      'quote_id', v_quote,
      'feetype_id', v_item ->> 'fee_type_id',
      'fee_name', coalesce(portal_internal_json_text(v_item -> 'name', v_path || '.name', false, 255), v_row.name),
      'unit_price_net', portal_internal_json_decimal(v_item -> 'unit_price_net', v_path || '.unit_price_net'),
      'vat_rate', portal_internal_json_decimal(v_item -> 'vat_rate', v_path || '.vat_rate') / 100,
      'vat_amount', (v_item ->> 'vat')::numeric,
      'gross_price', (v_item ->> 'gross')::numeric,
      'currency_id', v_row.currency_id,
      'quantity', (v_item ->> 'quantity')::integer
    );
  end loop;
  perform portal_internal_insert_rows('quote_fees', v_rows);

  v_rows := '[]'::jsonb;
  for v_item, v_i in select e, o - 1 from jsonb_array_elements(v_accessories) with ordinality as t(e, o) loop
    v_path := format('p_quote.accessories[%s]', v_i);
    select a.name, a.sku, a.base_price, a.multiplier,
           coalesce((to_jsonb(a) ->> 'units_id')::uuid, (select u.id from units u order by u.id limit 1)) as unit_id,
           coalesce((to_jsonb(a) ->> 'currency_id')::uuid, portal_internal_currency_id(v_currency)) as currency_id
      into v_row
    from accessories a where a.id = (v_item ->> 'accessory_id')::uuid;
    v_rows := v_rows || jsonb_build_object(
      'quote_id', v_quote,
      'accessory_id', v_item ->> 'accessory_id',
      'quantity', (v_item ->> 'quantity')::integer,
      'accessory_name', v_row.name,
      'sku', coalesce(v_row.sku, ''),
      'unit_price_net', portal_internal_json_decimal(v_item -> 'unit_price_net', v_path || '.unit_price_net'),
      'vat_rate', portal_internal_json_decimal(v_item -> 'vat_rate', v_path || '.vat_rate') / 100,
      'unit_id', v_row.unit_id,
      'unit_name', coalesce((select u.name from units u where u.id = v_row.unit_id), ''),
      'currency_id', v_row.currency_id,
      'total_net', (v_item ->> 'net')::numeric,
      'total_vat', (v_item ->> 'vat')::numeric,
      'total_gross', (v_item ->> 'gross')::numeric,
      'base_price', coalesce(v_row.base_price, 0),
      'multiplier', coalesce(v_row.multiplier, 1.38)
    );
  end loop;
  perform portal_internal_insert_rows('quote_accessories', v_rows);

  insert into portal_quote_links (portal_quote_id, quote_id, portal_quote_number, customer_id)
  values (v_portal_id, v_quote, v_portal_number, v_customer);

  return jsonb_build_object(
    'quote_id', v_quote,
    'quote_number', v_number,
    'customer_id', v_customer,
    'submitted_at', (to_jsonb(now() at time zone 'UTC') #>> '{}') || '+00:00',
    'created', true
  );
end
$$;

-- ---------------------------------------------------------------------------
-- Order updates: the state of the company quotes that portal quotes became
-- (`portal_quote_links`), changed since a cursor. The portal mirrors them as orders.
--
-- Why not `updated_at > cursor`: `updated_at` is set to now(), the START of the writing
-- transaction, so a transaction that commits late writes an earlier time than rows already
-- read, and a timestamp cursor skips it for good (and a write that does not touch updated_at
-- is never seen). The cursor is a transaction-id watermark instead, sound by construction:
-- * every row version carries the id of the transaction that wrote it (`xmin`; an update writes
--   a new version, a soft delete is an update);
-- * `low` is the xmin of a snapshot taken at the start of the previous cycle: every
--   transaction that had not committed by then has an id >= low (ids are handed out in
--   increasing order, and the snapshot's xmin is the oldest one still running);
-- * a cycle returns, page by page in (row transaction id, quote id) order, every linked quote
--   whose quote or link row was written by a transaction >= low. A change committed after the
--   cycle began is seen in this cycle or, at the latest, in the next one.
-- Rows may come again (the portal compares states, an unchanged row changes nothing). An idle
-- database returns nothing: with no transaction running, the snapshot's xmin is the next id.
-- A transaction left open for long keeps `low` back, so rows come again until it ends: more
-- work, never a lost change. xmin is 32 bits; it is widened against the current snapshot's
-- xmax (live rows are never 2^31 transactions old), so a wraparound does not break the order.
-- The work is one pass over the linked quotes (no index can serve a computed xmin order):
-- a few milliseconds for thousands of portal orders.
-- Cursor text (opaque to the portal): `x1:<low>:<next_low>:<after_xid>:<after_id>`; the last
-- three are empty between cycles. null or '' starts from the beginning (everything linked).
-- ---------------------------------------------------------------------------
create or replace function public.portal_internal_xid8(p_xid xid, p_ref bigint)
returns bigint
language sql
immutable
security definer
set search_path = public, pg_temp
as $$
  select p_ref - (((p_ref % 4294967296) - p_xid::text::bigint + 4294967296) % 4294967296)
$$;

create or replace function public.portal_internal_utc(p_at timestamptz)
returns text
language sql
immutable
security definer
set search_path = public, pg_temp
as $$
  select case when p_at is null then null
    else (to_jsonb(p_at at time zone 'UTC') #>> '{}') || '+00:00' end
$$;

create or replace function public.portal_order_updates(
  p_cursor text default null,
  p_limit integer default 100
)
returns jsonb
language plpgsql
stable
security definer
set search_path = public, pg_temp
as $$
declare
  v_parts text[];
  v_low bigint := 0;
  v_next_low bigint;
  v_after_xid bigint;
  v_after_id uuid;
  v_limit integer := coalesce(p_limit, 100);
  v_snapshot pg_snapshot := pg_current_snapshot();
  v_ref bigint := pg_snapshot_xmax(v_snapshot)::text::bigint;
  v_rows jsonb;
  v_count integer;
  v_last jsonb;
begin
  if v_limit < 1 or v_limit > 500 then
    raise exception 'p_limit must be between 1 and 500, got %', p_limit
      using errcode = '22023';
  end if;
  if nullif(p_cursor, '') is not null then
    v_parts := regexp_match(p_cursor,
      '^x1:(\d{1,19}):(\d{0,19}):(\d{0,19}):([0-9a-f-]{36})?$');
    if v_parts is null or (v_parts[3] = '') <> (v_parts[4] is null)
       or (v_parts[3] <> '' and v_parts[2] = '') then
      raise exception 'p_cursor is not a cursor of portal_order_updates: %', left(p_cursor, 100)
        using errcode = '22023';
    end if;
    v_low := v_parts[1]::bigint;
    v_next_low := nullif(v_parts[2], '')::bigint;
    v_after_xid := nullif(v_parts[3], '')::bigint;
    v_after_id := v_parts[4]::uuid;
  end if;
  -- A new cycle: changes not committed by now have transaction ids >= this.
  if v_next_low is null then
    v_next_low := pg_snapshot_xmin(v_snapshot)::text::bigint;
  end if;

  with changed as (
    select q.id, q.quote_number, q.status, q.order_number, q.payment_status, q.ordered_at,
           q.in_production_at, q.ready_at, q.finished_at, q.cancelled_at, q.updated_at,
           q.deleted_at, l.portal_quote_id,
           greatest(portal_internal_xid8(q.xmin, v_ref),
                    portal_internal_xid8(l.xmin, v_ref)) as row_xid
    from portal_quote_links l
    join quotes q on q.id = l.quote_id
  ),
  page as (
    select c.*
    from changed c
    where c.row_xid >= v_low
      and (v_after_xid is null or (c.row_xid, c.id) > (v_after_xid, v_after_id))
    order by c.row_xid, c.id
    limit v_limit + 1
  ),
  numbered as (
    select p.*, row_number() over (order by p.row_xid, p.id) as n from page p
  )
  select
    coalesce(jsonb_agg(jsonb_build_object(
      'portal_quote_id', n.portal_quote_id,
      'quote_id', n.id,
      'quote_number', n.quote_number,
      'status', n.status::text,
      'order_number', n.order_number,
      'payment_status', coalesce(n.payment_status::text, 'not_paid'),
      'ordered_at', portal_internal_utc(n.ordered_at),
      'in_production_at', portal_internal_utc(n.in_production_at),
      'ready_at', portal_internal_utc(n.ready_at),
      'finished_at', portal_internal_utc(n.finished_at),
      'cancelled_at', portal_internal_utc(n.cancelled_at),
      'updated_at', portal_internal_utc(n.updated_at),
      'deleted', n.deleted_at is not null,
      'row_xid', n.row_xid
    ) order by n.row_xid, n.id) filter (where n.n <= v_limit), '[]'::jsonb),
    count(*)
  into v_rows, v_count
  from numbered n;

  if v_count > v_limit then
    -- More in this cycle: continue after the last row returned, same low and next low.
    v_last := v_rows -> (v_limit - 1);
    return jsonb_build_object(
      'items', (select coalesce(jsonb_agg(i.item - 'row_xid' order by i.n), '[]'::jsonb)
                from jsonb_array_elements(v_rows) with ordinality i(item, n)),
      'next_cursor', format('x1:%s:%s:%s:%s', v_low, v_next_low,
                            v_last ->> 'row_xid', v_last ->> 'quote_id'),
      'has_more', true);
  end if;
  return jsonb_build_object(
    'items', (select coalesce(jsonb_agg(i.item - 'row_xid' order by i.n), '[]'::jsonb)
              from jsonb_array_elements(v_rows) with ordinality i(item, n)),
    'next_cursor', format('x1:%s:::', v_next_low),
    'has_more', false);
end
$$;

-- -----------------------------------------------------------------------------
-- Privileges: every portal_* function is executable by service_role only. Supabase grants
-- execute on new functions to anon and authenticated by default privileges, hence the
-- explicit revoke.
-- -----------------------------------------------------------------------------
do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname like 'portal\_%'
    order by 1
  loop
    execute format('revoke all on function %s from public, anon, authenticated', f);
    execute format('grant execute on function %s to service_role', f);
  end loop;
end
$$;

-- PostgREST (Supabase) reloads its schema cache to see new or changed functions.
notify pgrst, 'reload schema';
