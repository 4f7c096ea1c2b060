/** What the browser tests do through the API instead of the browser: set-up and checks. */
import type { RunningSystem } from '@portal/embedded';

export interface GraphQLBody {
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** GraphQL through the gateway, as a partner or a script would call it; the whole body. */
export async function gqlBody(
  system: RunningSystem,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLBody> {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLBody;
}

/** GraphQL through the gateway; its data, or a thrown error naming the errors. */
export async function gql(
  system: RunningSystem,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<any> {
  const body = await gqlBody(system, query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The demo company console's API: the tests act as a company's staff with it. */
export async function consoleCall(system: RunningSystem, path: string, body?: unknown) {
  const res = await fetch(new URL(`api/companies${path}`, system.demoConsoleUrl ?? ''), {
    ...(body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Polls `check` until it returns something truthy, or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface NewCustomer {
  email: string;
  password: string;
  name: string;
  companyIds?: string[];
  notificationPreferences?: Record<string, boolean>;
}

/**
 * Signs a customer up and verifies the address with the link from the mail the embedded
 * system logged (`lines` is the system's log); returns the access token of a fresh sign-in.
 */
export async function signUpVerified(
  system: RunningSystem,
  lines: readonly string[],
  customer: NewCustomer,
): Promise<string> {
  await gql(system, 'mutation($i: SignUpInput!) { signUp(input: $i) { ok } }', { i: customer });
  const mail = lines.find((line) => line.startsWith(`mail to ${customer.email}`));
  const link = mail?.split(' — ')[1];
  if (!link) throw new Error(`no verification mail to ${customer.email} in the log`);
  const token = new URL(link).searchParams.get('token');
  await gql(system, 'mutation($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
  const signIn = await gql(
    system,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
    { e: customer.email, p: customer.password },
  );
  return signIn.signIn.session.accessToken as string;
}
