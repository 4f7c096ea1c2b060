import { createBrowserRouter } from 'react-router';
import { ForgotPasswordPage } from '../account/forgot-password-page.tsx';
import { CheckEmailPage } from '../account/register/check-email-page.tsx';
import { RegisterPage } from '../account/register/register-page.tsx';
import { ResetPasswordPage } from '../account/reset-password-page.tsx';
import { SignInPage } from '../account/sign-in-page.tsx';
import { VerifyEmailPage } from '../account/verify-email-page.tsx';
import { adminRoute } from '../admin/admin-route.tsx';
import { ProtectedRoute } from '../auth/protected-route.tsx';
import { CatalogPage } from '../catalog/catalog-page.tsx';
import { CompanyListPage } from '../companies/company-list-page.tsx';
import { ComparePage } from '../compare/compare-page.tsx';
import { DevMailPage } from '../dev-mail/dev-mail-page.tsx';
import { OrderDetailPage } from '../orders/order-detail-page.tsx';
import { OrderListPage } from '../orders/order-list-page.tsx';
import { QuoteBuilderPage } from '../quotes/builder/quote-builder-page.tsx';
import { QuoteListPage } from '../quotes/list/quote-list-page.tsx';
import { SettingsPage } from '../settings/settings-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

/**
 * The routes of the customer portal. A failing page is caught inside the shell, so the header
 * (and with it the way home and the language switch) stays usable.
 */
export function createRouter() {
  return createBrowserRouter([
    // The admin UI: its own shell, session and client (client/src/admin/admin-route.tsx).
    adminRoute,
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
            { path: 'register', Component: RegisterPage },
            { path: 'register/check-email', Component: CheckEmailPage },
            { path: 'verify-email', Component: VerifyEmailPage },
            { path: 'sign-in', Component: SignInPage },
            { path: 'forgot-password', Component: ForgotPasswordPage },
            { path: 'reset-password', Component: ResetPasswordPage },
            { path: 'dev/mail', Component: DevMailPage },
            // Signed-in customers only; others sign in first and come back.
            {
              Component: ProtectedRoute,
              children: [
                { path: 'settings/:section?', Component: SettingsPage },
                { path: 'quotes', Component: QuoteListPage },
                // `quotes/new` too: one route keeps the editor when a new quote gets its id.
                { path: 'quotes/:id', Component: QuoteBuilderPage },
                { path: 'quotes/:id/compare', Component: ComparePage },
                { path: 'orders', Component: OrderListPage },
                { path: 'orders/:id', Component: OrderDetailPage },
              ],
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]);
}
