import type { RouteObject } from 'react-router';
import { CompanyEditPage } from './company-edit-page.tsx';
import { CompanyListPage } from './company-list-page.tsx';
import { CompanyNewPage } from './company-new-page.tsx';
import { CompanyOnboardingPage } from './company-onboarding-page.tsx';

/** The companies pages (`/admin/companies…`). */
export const adminCompanyRoutes: RouteObject[] = [
  { path: 'companies', Component: CompanyListPage },
  { path: 'companies/new', Component: CompanyNewPage },
  { path: 'companies/onboarding', Component: CompanyOnboardingPage },
  { path: 'companies/:id', Component: CompanyEditPage },
];
