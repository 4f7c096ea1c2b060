-- =============================================================================
-- Customer portal: company setup script (contract version 1, docs/company-contract.md)
-- =============================================================================
-- Run once in the company's Supabase project (SQL editor). The portal also applies it to the
-- embedded demo company databases (PGlite) and the tests apply it to PostgreSQL 15.
--
-- What it does, and what it never does:
-- * Idempotent: applying it again changes nothing.
-- * Creates the Supabase roles, a minimal `auth` schema and any Turinova table only when
--   missing (an empty demo database gets the whole Turinova schema). An existing table is never
--   altered or dropped and gets no new index, trigger or grant: its rows stay untouched.
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
          v_number := 'Q-' || v_year || '-' || lpad(v_next::text, 3, '0');
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
          v_number := 'ORD-' || v_day || '-' || lpad(v_next::text, 3, '0');
          exit when not exists (select from quotes where order_number = v_number);
          v_next := v_next + 1;
        end loop;
        return v_number;
      end;
      $f$;
  end if;
end
$$;

-- =============================================================================
-- The portal functions (contract version 1). Always replaced, so a new version of this script
-- updates them. Internal helpers are named portal_internal_*; they follow the same rules.
-- =============================================================================

create or replace function public.portal_contract_version()
returns jsonb
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select jsonb_build_object('version', 1)
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
