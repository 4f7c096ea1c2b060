-- Admin panel: customers, delivery queue, mail outbox and email templates (docs/admin.md).
--
-- `customers.disabled_at` (0003) already marks a disabled account; disabling also revokes every
-- session with reason `account_disabled`, and the portal refuses access tokens of such a
-- session at once (ADR 022). What is new here: the admins' overrides of the email templates,
-- and indexes the admin lists need.

-- An admin's version of one email template in one language. No row: the built-in text
-- (subgraphs/portal/src/mail/) is used. Service-side only: no client role reads or writes it.
create table public.mail_templates (
  kind text not null check (kind in ('verification', 'password_reset', 'order_ready')),
  locale text not null check (locale in ('hu', 'en')),
  subject text not null check (length(btrim(subject)) between 1 and 200),
  body text not null check (length(btrim(body)) between 1 and 5000),
  updated_by_admin_id uuid references public.admins (id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (kind, locale)
);

alter table public.mail_templates enable row level security;
revoke all on public.mail_templates from anon, authenticated;
grant all on public.mail_templates to service_role;

-- The customers list pages newest first; the audit log is read per customer (actor or target).
create index customers_created_idx on public.customers (created_at desc, id desc);
create index audit_log_target_idx on public.audit_log (target_id, id desc)
  where target_id is not null;
create index quotes_created_idx on public.quotes (created_at);
