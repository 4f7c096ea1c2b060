/**
 * THE ADMIN PAGES. Every page of the admin UI is one entry below: a child route of the admin
 * layout at `/admin` (so `path: 'customers'` is `/admin/customers`).
 *
 * How to add a page:
 * 1. Put the page in its own folder, e.g. `client/src/admin/customers/customer-list-page.tsx`.
 * 2. Replace its placeholder below (`{ path: 'customers', element: <AdminComingSoon … /> }`)
 *    with `{ path: 'customers', Component: CustomerListPage }` and add more paths as needed
 *    (`customers/:id`). Keep the top-level path: the navigation (admin-layout.tsx) links to it.
 * 3. Inside the page everything is already set up:
 *    - `useQuery` / `useMutation` go out with the ADMIN session's token (own Apollo client and
 *      cache, see admin-root.tsx); `admin { … }` fields just work;
 *    - `useAdmin()` (admin-context.tsx) is the signed-in admin, `useCanChange()` is false for
 *      role `support` (hide or disable buttons that change things; the API refuses them too);
 *    - the page is rendered in the layout's main area; start it with `<AdminPageTitle>`
 *      (admin-page-title.tsx).
 * 4. Texts: hu AND en, in your own files (e.g. `i18n/hu-admin-customers.ts` and
 *    `en-admin-customers.ts`, typed like hu-admin.ts / en-admin.ts) spread into hu.ts / en.ts,
 *    under your OWN top-level key (`adminCustomers: { … }`): a second `admin` key would replace
 *    the shell's texts.
 * A new nav entry (rare) goes in NAV in admin-layout.tsx.
 */
import { Navigate, type RouteObject } from 'react-router';
import { AuditLogPage } from './audit/audit-log-page.tsx';
import { adminCompanyRoutes } from './companies/company-routes.tsx';
import { adminCustomerRoutes } from './customers/customer-routes.tsx';
import { DashboardPage } from './dashboard/dashboard-page.tsx';
import { DeliveryQueuePage } from './deliveries/delivery-queue-page.tsx';
import { MailOutboxPage } from './mail/mail-outbox-page.tsx';
import { MailTemplatesPage } from './settings/mail-templates-page.tsx';
import { SystemPage } from './system/system-page.tsx';

export const adminRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="dashboard" replace /> },
  { path: 'dashboard', Component: DashboardPage },
  ...adminCompanyRoutes,
  ...adminCustomerRoutes,
  { path: 'deliveries', Component: DeliveryQueuePage },
  { path: 'mail', Component: MailOutboxPage },
  { path: 'system', Component: SystemPage },
  { path: 'audit', Component: AuditLogPage },
  { path: 'settings', Component: MailTemplatesPage },
];
