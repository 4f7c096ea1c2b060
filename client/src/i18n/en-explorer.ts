import type { huExplorer } from './hu-explorer.ts';

/** English texts of the GraphQL explorer (`/explorer`); the same keys as `hu-explorer.ts`. */
export const enExplorer: typeof huExplorer = {
  explorer: {
    title: 'GraphQL explorer',
    intro:
      'Try the API, for admins and partners. Enter your partner API key (ppk_…) or your admin access token; every request carries it in the Authorization header.',
    credential: 'API key or access token',
    credentialHint: 'Kept in this tab only, never stored.',
    open: 'Open',
    change: 'Use another key',
    signedInAs: 'Authenticated with: {{kind}}',
    kinds: { apiKey: 'partner API key', token: 'access token' },
    queryHint: 'Ctrl+Enter runs the operation; the Docs panel shows the schema.',
    required: 'Enter the key or the token.',
    or: 'or',
    adminSignIn: 'Sign in as an admin',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signInFailed: {
      INVALID_CREDENTIALS: 'Wrong email or password.',
      LOCKED_OUT: 'Too many failed attempts; try again later.',
      RATE_LIMITED: 'Too many attempts; try again later.',
      other: 'Sign-in failed ({{code}}).',
    },
  },
};
