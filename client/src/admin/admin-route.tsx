import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../app/not-found-page.tsx';
import { RouteErrorPage } from '../app/route-error-page.tsx';
import { AdminLayout } from './admin-layout.tsx';
import { AdminProtectedRoute } from './admin-protected-route.tsx';
import { AdminRoot } from './admin-root.tsx';
import { adminRoutes } from './admin-routes.tsx';
import { AdminSignInPage } from './admin-sign-in-page.tsx';

/** `/admin/*`, registered in create-router.tsx. The pages themselves: admin-routes.tsx. */
export const adminRoute: RouteObject = {
  path: 'admin',
  Component: AdminRoot,
  ErrorBoundary: RouteErrorPage,
  children: [
    { path: 'sign-in', Component: AdminSignInPage },
    {
      Component: AdminProtectedRoute,
      children: [
        {
          Component: AdminLayout,
          children: [
            { ErrorBoundary: RouteErrorPage, children: adminRoutes },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ],
};
