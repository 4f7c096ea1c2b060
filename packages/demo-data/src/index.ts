/**
 * @portal/demo-data: the company side of the embedded demo.
 *
 * - `applyCompanySetup(db)` applies `supabase/company/setup.sql` (path in
 *   `COMPANY_SETUP_SQL_PATH`): the Supabase roles, a minimal `auth` schema with the portal's
 *   system user, the Turinova tables where missing, and the `portal_*` contract functions
 *   (docs/company-contract.md). Real companies run the same script in their Supabase project.
 * - `DEMO_COMPANIES`: four demo companies (three active, one deactivated);
 *   `fillDemoCompanyContact(portalDb, company)` gives a registered one its contact details.
 * - `seedDemoCompany(db, slug)` fills an empty company database with that company's catalog:
 *   boards, edge bandings, worktops, hardware, cutting fees, fee types. Deterministic: the
 *   same slug always gives the same rows and ids (`demoCatalog(slug)` returns them), and a
 *   database that already has a catalog is left alone.
 *
 * Typical start-up of a demo company database:
 *   await applyCompanySetup(db);
 *   await seedDemoCompany(db, 'turinova');
 */
export {
  CATALOG_TABLES,
  type CatalogTable,
  type DemoCatalog,
  demoCatalog,
  type Row,
} from './catalog.ts';
export {
  DEMO_COMPANIES,
  type DemoCompany,
  demoCompanyContact,
  fillDemoCompanyContact,
} from './companies.ts';
export {
  CONSOLE_PAYMENT_STATUSES,
  CONSOLE_STATUSES,
  type ConsolePaymentStatus,
  type ConsoleQuote,
  type ConsoleStatus,
  DemoConsoleError,
  insertLinkedQuote,
  listPortalQuotes,
  moveQuote,
  recordPayment,
} from './console.ts';
export { stableUuid } from './ids.ts';
export { seedDemoCompany } from './seed.ts';
export { applyCompanySetup, COMPANY_SETUP_SQL_PATH, readCompanySetupSql } from './setup.ts';

/** The id of the system user that portal quotes are created by in every company database. */
export const PORTAL_SYSTEM_USER_ID = 'c0000000-0000-0000-0000-000000000001';
