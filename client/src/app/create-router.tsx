import { createBrowserRouter } from 'react-router';
import { CatalogPage } from '../catalog/catalog-page.tsx';
import { CompanyListPage } from '../companies/company-list-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

/**
 * The routes of the customer portal. A failing page is caught inside the shell, so the header
 * (and with it the way home and the language switch) stays usable.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      Component: AppLayout,
      ErrorBoundary: RouteErrorPage,
      children: [
        {
          ErrorBoundary: RouteErrorPage,
          children: [
            { index: true, Component: CompanyListPage },
            { path: 'companies', Component: CompanyListPage },
            { path: 'companies/:slug/catalog', Component: CatalogPage },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]);
}
