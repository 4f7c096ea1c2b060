import type { huAdmin } from './hu-admin.ts';

/** English texts of the admin UI's shell; the same keys as `hu-admin.ts`. */
export const enAdmin: typeof huAdmin = {
  admin: {
    signIn: {
      title: 'Administration',
      submit: 'Sign in',
      hint: 'For portal staff only. Customers sign in on the home page.',
    },
    layout: {
      title: 'Portal admin',
      menu: 'Menu',
      navigation: 'Admin navigation',
      signOut: 'Sign out',
      loadFailed: 'The admin UI could not be loaded right now.',
    },
    roles: {
      ADMIN: 'Admin',
      SUPPORT: 'Support',
    },
    nav: {
      dashboard: 'Dashboard',
      companies: 'Companies',
      customers: 'Customers',
      system: 'System',
      audit: 'Audit log',
      settings: 'Settings',
      deliveries: 'Delivery queue',
      mail: 'Mail',
      explorer: 'GraphQL explorer',
    },
    coming: {
      title: 'Coming soon',
      text: 'This page is being built.',
    },
  },
};
