import type { huAdminCompanies } from './hu-admin-companies.ts';

/** English texts of the admin companies pages; the same keys as `hu-admin-companies.ts`. */
export const enAdminCompanies: typeof huAdminCompanies = {
  adminCompanies: {
    title: 'Companies',
    newTitle: 'New company',
    add: 'Add company',
    create: 'Save company',
    save: 'Save changes',
    cancel: 'Cancel',
    back: 'Back to the companies',
    search: 'Search',
    searchPlaceholder: 'Name or slug',
    clearSearch: 'Clear the search',
    empty: 'No company matches the search.',
    notFound: 'There is no such company.',
    noKey: 'no key',
    created: 'The company is on the portal and active: customers see it now.',
    saved: 'The changes are saved.',
    saveFailed: 'Saving failed. Try again.',
    readOnly: 'With the support role you can view companies but not change them.',
    status: {
      label: 'Status',
      all: 'All',
      active: 'Active',
      inactive: 'Inactive',
    },
    fields: {
      name: 'Name',
      slug: 'Slug',
      slugHint: 'Lower-case letters, digits and hyphens; used in addresses.',
      supabaseUrl: 'Supabase URL',
      supabaseUrlHint: "The address of the company's Supabase project (Project Settings → API).",
      secretKey: 'Secret key',
      secretKeyHint:
        "The project's secret (service_role) key. Stored encrypted and never shown again.",
      secretKeyKeep:
        'Stored key: •••• {{last4}}. Leave empty to keep it; type a new key to replace it.',
    },
    errors: {
      NOT_FOUND: 'There is no such company.',
      INVALID_NAME: "Enter the company's name (at most 200 characters).",
      INVALID_SLUG:
        'The slug may only have lower-case letters, digits and single hyphens (at most 60 characters).',
      DUPLICATE_SLUG: 'Another company has this slug.',
      INVALID_URL: 'Enter a full https:// address, e.g. https://abcd.supabase.co.',
      SECRET_KEY_REQUIRED: 'Enter the secret key.',
      INVALID_SECRET_KEY: 'The secret key must not contain spaces (at most 2000 characters).',
      ENCRYPTION_UNAVAILABLE:
        'The portal has no encryption key (PORTAL_ENCRYPTION_KEY), so it cannot store keys.',
      INVALID_CONTACT: 'One of the contact details is malformed.',
    },
    contact: {
      title: 'Contact details',
      hint: 'Customers see them on the company’s page, and they head the quote PDFs. All optional.',
      fields: {
        legalName: 'Registered name',
        address: 'Address',
        taxNumber: 'Tax number',
        phone: 'Phone',
        email: 'E-mail',
        website: 'Website',
      },
      placeholders: {
        legalName: 'Turinova Lapszabászat Kft.',
        address: '1097 Budapest, Könyves Kálmán körút 12.',
        taxNumber: '12345678-2-43',
        phone: '+36 1 555 0101',
        email: 'quotes@example.hu',
        website: 'https://example.hu',
      },
      errors: {
        legalName: 'The name may be at most 200 characters.',
        address: 'The address may be at most 300 characters, without control characters.',
        taxNumber:
          'A tax number looks like 12345678-1-12 (or an EU VAT number such as HU12345678).',
        phone: 'A phone number has digits, spaces and + ( ) / -, e.g. +36 1 234 5678.',
        email: 'Enter a valid e-mail address, e.g. info@example.hu.',
        website: 'Enter a web address, e.g. https://example.hu.',
      },
    },
    test: {
      run: 'Test connection',
      couldNotRun: 'The test did not run. Try again.',
      allPassed: 'All checks passed',
      failedAt: 'Failed step: {{step}}',
      counts:
        '{{materials}} materials, {{edgeBandings}} edge bandings, {{accessories}} accessories',
      latency: '{{ms}} ms',
      version: 'Version {{version}}',
      steps: {
        REACHABLE: 'Reachable',
        KEY_ACCEPTED: 'Key accepted',
        CONTRACT_VERSION: 'Contract version matches',
        CATALOG: 'Catalog readable',
        LATENCY: 'Latency',
      },
      status: {
        PASSED: 'passed',
        FAILED: 'failed',
        SKIPPED: 'skipped',
      },
      hints: {
        REACHABLE: 'The address does not answer as a Supabase project. Check the Supabase URL.',
        KEY_ACCEPTED:
          'The project refused the secret key. Paste the secret (service_role) key again.',
        CONTRACT_VERSION:
          "The project lacks the setup script (or has an old one). Run the onboarding page's script.",
        CATALOG: 'The catalog cannot be read. Run the setup script again.',
        LATENCY: 'The project answers slowly; customers will find its catalog slow.',
      },
    },
    deactivate: {
      title: 'The company is active',
      text: 'Once deactivated, customers stop seeing it at once, its catalog is not served and no quotes are delivered to it.',
      button: 'Deactivate',
      confirmTitle: 'Deactivate {{name}}?',
    },
    activate: {
      title: 'The company is inactive',
      text: 'Customers do not see it. Once activated, it appears at once.',
      button: 'Activate',
    },
    onboarding: {
      nav: 'Onboarding',
      title: 'Connecting a new company',
      intro:
        "A company joins with its own Supabase project; the portal only calls the setup script's functions.",
      script: 'Setup script',
      copy: 'Copy',
      copied: 'Copied',
      download: 'Download',
      steps: {
        project: {
          title: 'Supabase project',
          text: 'The company opens its existing Supabase project (or creates one).',
        },
        script: {
          title: 'Run the setup script',
          text: 'In the SQL Editor it runs the script below (contract version {{version}}). It can be run again; it changes no existing table or row.',
        },
        keys: {
          title: 'URL and key',
          text: 'From Project Settings → API it copies the Project URL and the secret (service_role) key and sends them over a safe channel.',
        },
        add: {
          title: 'Add it to the portal',
          text: 'Here, with Add company, enter the name, URL and key, then test the connection: every step must be green.',
        },
        activate: {
          title: 'Save',
          text: 'Once saved, the company is active at once and customers see it. Deactivate it to hide it at any time.',
        },
      },
    },
  },
};
