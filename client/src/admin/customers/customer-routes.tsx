import type { RouteObject } from 'react-router';
import { CustomerDetailPage } from './customer-detail-page.tsx';
import { CustomerListPage } from './customer-list-page.tsx';

/** The customers pages (`/admin/customers…`). */
export const adminCustomerRoutes: RouteObject[] = [
  { path: 'customers', Component: CustomerListPage },
  { path: 'customers/:id', Component: CustomerDetailPage },
];
