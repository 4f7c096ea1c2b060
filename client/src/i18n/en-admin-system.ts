import type { huAdminSystem } from './hu-admin-system.ts';

/** English texts of the admin System page; the same keys as `hu-admin-system.ts`. */
export const enAdminSystem: typeof huAdminSystem = {
  adminSystem: {
    title: 'System',
    intro:
      'Readiness of the services and health of the companies as the portal sees them. The page refreshes every {{seconds}} seconds.',
    checkedAt: 'Checked at {{time}}',
    refresh: 'Refresh',
    services: 'Services',
    companies: 'Companies',
    service: 'Service',
    company: 'Company',
    status: 'Status',
    latency: 'Latency',
    errorRate: 'Error rate',
    circuit: 'Circuit',
    lastSync: 'Last successful sync',
    lastSample: 'Last sample',
    checks: 'Checks',
    lastError: 'Last error',
    never: 'never',
    none: '–',
    inactive: 'inactive',
    ms: '{{value}} ms',
    percent: '{{value}}%',
    statuses: {
      UP: 'Up',
      DEGRADED: 'Degraded',
      DOWN: 'Down',
      UNKNOWN: 'Unknown',
    },
    circuits: {
      CLOSED: 'Closed',
      OPEN: 'Open',
      HALF_OPEN: 'Half-open',
    },
    circuitHelp:
      'With an open circuit the portal does not call the company and fails at once until the cool-down ends.',
    history: 'History',
    historyOf: '{{company}} – history',
    hours: {
      '6': '6 hours',
      '24': '24 hours',
      '168': '7 days',
    },
    chartSummary:
      '{{company}}: {{samples}} samples, {{failed}} failed; highest latency {{max}} ms.',
    chartLegendLatency: 'Latency (ms)',
    chartLegendFailed: 'Failed sample or open circuit',
    noHistory: 'No samples in this period yet.',
    noCompanies: 'No company is registered.',
    selectCompany: 'Show history',
    recentErrors: 'Recent errors',
    recentErrorsHelp:
      'Unexpected errors of every service, newest first (the last 200 per service since it started). Search the logs for the request id to see the whole request.',
    noErrors: 'No errors.',
    errorTime: 'Time',
    operation: 'Operation',
    code: 'Code',
    message: 'Message',
    requestId: 'Request id',
    copyRequestId: 'Copy request id',
    copied: 'Copied',
    unreachable: 'Could not be read',
  },
};
