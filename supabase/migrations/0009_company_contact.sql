-- A company's contact details for customers and the quote PDF's header: legal name, address,
-- tax number, phone, e-mail and website. All optional; the portal checks them
-- (subgraphs/portal/src/companies/company-contact.ts) and these checks keep the table honest
-- against anything else writing it. Public like the name: customers see them on the company.
alter table public.companies
  add column legal_name text
    check (legal_name is null or length(btrim(legal_name)) between 1 and 200),
  add column address text
    check (address is null or length(btrim(address)) between 1 and 300),
  add column tax_number text
    check (tax_number is null or tax_number ~ '^([0-9]{8}-[0-9]-[0-9]{2}|[A-Z]{2}[0-9A-Z]{2,13})$'),
  add column phone text
    check (phone is null or (phone ~ '^\+?[0-9 ()/-]+$' and length(phone) between 6 and 30)),
  add column email text
    check (email is null or (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
      and length(email) <= 254)),
  add column website text
    check (website is null or (website ~ '^https?://[^[:space:]]+$' and length(website) <= 300));

grant select (legal_name, address, tax_number, phone, email, website) on public.companies
  to anon, authenticated;
