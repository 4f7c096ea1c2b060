import { testEngines } from '@portal/db/testing';
import { ANONYMOUS, type Identity } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOD_PASSWORD,
  ME,
  type PortalHarness,
  PUBLIC_URL,
  REFRESH,
  SIGN_IN,
  SIGN_UP,
  startPortalHarness,
  VERIFY,
} from '../test/portal-harness.ts';
import { ACCESS_TOKEN_TTL_SECONDS } from './auth/access-tokens.ts';

const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) { ok error { code field } } }`;
const RESET = `mutation($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) { ok error { code message field } } }`;
const CHANGE = `mutation($c: String!, $n: String!) {
  changePassword(currentPassword: $c, newPassword: $n) { ok error { code message field } } }`;
const DELETE = `mutation($p: String!) { deleteAccount(password: $p) { ok error { code field } } }`;
const SIGN_OUT = `mutation($t: String) { signOut(refreshToken: $t) }`;

describe.each(testEngines())('customer accounts on %s', (engine) => {
  let h: PortalHarness;
  beforeAll(async () => {
    h = await startPortalHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('signs up, verifies by the mailed link, signs in, refreshes and signs out', async () => {
    const email = 'Journey@Example.hu';
    const signUp = await h.run(SIGN_UP, {
      input: {
        email,
        password: GOOD_PASSWORD,
        name: 'Kiss Péter',
        mobile: '+36 30 123 4567',
        locale: 'EN',
        billing: {
          name: 'Kiss Bútor Kft.',
          city: 'Szeged',
          postalCode: '6720',
          taxNumber: '12345678-2-06',
        },
        companyIds: [h.companyIds.alfa, h.companyIds.zeta],
        notificationPreferences: { orderReady: true },
      },
    });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data.signUp).toMatchObject({ ok: true, error: null });

    const [mail] = await h.db.query<{
      link: string;
      subject: string;
      locale: string;
      text_body: string;
    }>(`select link, subject, locale, text_body from mail_outbox where to_address = $1`, [email]);
    expect(mail!.locale).toBe('en');
    expect(mail!.subject).toBe('Confirm your email address');
    expect(mail!.link).toMatch(new RegExp(`^${PUBLIC_URL}/verify-email\\?token=[\\w-]{43}$`));
    expect(mail!.text_body).toContain(mail!.link);

    const early = await h.run(SIGN_IN, { email, password: GOOD_PASSWORD });
    expect(early.data.signIn).toMatchObject({
      session: null,
      error: { code: 'EMAIL_NOT_VERIFIED' },
    });

    const token = new URL(mail!.link).searchParams.get('token')!;
    const verified = await h.run(VERIFY, { token });
    expect(verified.data.verifyEmail).toEqual({ ok: true, email, error: null });
    const again = await h.run(VERIFY, { token });
    expect(again.data.verifyEmail.error.code).toBe('INVALID_TOKEN');

    // Case-insensitive email at sign-in.
    const signedIn = await h.run(SIGN_IN, { email: 'journey@example.HU', password: GOOD_PASSWORD });
    expect(signedIn.errors).toBeUndefined();
    const { session, customer } = signedIn.data.signIn;
    expect(customer).toMatchObject({ email, name: 'Kiss Péter', emailVerified: true });

    const claims = await h.subgraph.accounts.accessTokens.verify(session.accessToken);
    expect(claims).toMatchObject({
      sub: customer.id,
      role: 'authenticated',
      aud: 'authenticated',
      email,
      sid: session.id,
      portal_kind: 'customer',
    });
    expect(claims.exp - claims.iat).toBe(ACCESS_TOKEN_TTL_SECONDS);
    const [header] = session.accessToken.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'ES256' });
    // Not "remember me": half a day.
    const lifetime = Date.parse(session.refreshTokenExpiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(11 * 3_600_000);
    expect(lifetime).toBeLessThan(13 * 3_600_000);

    const identity = await h.identityOf(session.accessToken);
    const me = await h.run(ME, undefined, identity);
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toMatchObject({
      email,
      mobile: '+36 30 123 4567',
      locale: 'EN',
      billing: {
        name: 'Kiss Bútor Kft.',
        country: 'Magyarország',
        city: 'Szeged',
        postalCode: '6720',
        taxNumber: '12345678-2-06',
        street: null,
      },
      notificationPreferences: { orderReady: true, orderStatusChanged: false },
      activeCompany: { slug: 'alfa' },
    });
    expect(
      me.data.me.companies.map((c: any) => [c.company.slug, c.active, c.discountPercent]),
    ).toEqual([
      ['alfa', true, '0.00'],
      ['zeta', false, '0.00'],
    ]);

    const refreshed = await h.run(REFRESH, { refreshToken: session.refreshToken });
    expect(refreshed.data.refreshSession).toMatchObject({
      error: null,
      customer: { id: customer.id },
    });
    const next = refreshed.data.refreshSession.session;
    expect(next.id).toBe(session.id);
    expect(next.refreshToken).not.toBe(session.refreshToken);

    expect((await h.run(SIGN_OUT, {}, identity)).data.signOut).toBe(true);
    const afterSignOut = await h.run(REFRESH, { refreshToken: next.refreshToken });
    expect(afterSignOut.data.refreshSession).toMatchObject({
      session: null,
      error: { code: 'INVALID_REFRESH_TOKEN' },
    }); // The signed-out session's access token is refused at once, not only when it expires.
    const meAfterSignOut = await h.run(ME, undefined, identity);
    expect(meAfterSignOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('revokes the whole session family when a used refresh token is replayed', async () => {
    const { session } = await h.customer('reuse@example.hu');
    const first = (await h.run(REFRESH, { refreshToken: session.refreshToken })).data
      .refreshSession;
    expect(first.error).toBeNull();
    // The thief replays the old token…
    const replay = (await h.run(REFRESH, { refreshToken: session.refreshToken })).data
      .refreshSession;
    expect(replay.error.code).toBe('INVALID_REFRESH_TOKEN');
    // …and the owner's current token is dead too.
    const owner = (await h.run(REFRESH, { refreshToken: first.session.refreshToken })).data
      .refreshSession;
    expect(owner.error.code).toBe('INVALID_REFRESH_TOKEN');
    const [row] = await h.db.query<{ revoked_reason: string }>(
      'select revoked_reason from auth_sessions where id = $1',
      [session.id],
    );
    expect(row!.revoked_reason).toBe('refresh_token_reuse');
    expect((await h.run(REFRESH, { refreshToken: 'made-up' })).data.refreshSession.error.code).toBe(
      'INVALID_REFRESH_TOKEN',
    );
  });

  it('signs out by refresh token when the access token is gone', async () => {
    const { session } = await h.customer('signout@example.hu');
    expect((await h.run(SIGN_OUT, { t: session.refreshToken })).data.signOut).toBe(true);
    expect(
      (await h.run(REFRESH, { refreshToken: session.refreshToken })).data.refreshSession.error.code,
    ).toBe('INVALID_REFRESH_TOKEN');
  });

  it('locks an email out on the 6th wrong password within a minute, with retry-after', async () => {
    const email = 'lockout@example.hu';
    await h.customer(email);
    for (let i = 0; i < 5; i++) {
      const wrong = await h.run(SIGN_IN, { email, password: `Wrong-password-${i}` });
      expect(wrong.data.signIn.error.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await h.run(SIGN_IN, { email, password: GOOD_PASSWORD });
    expect(locked.data.signIn.session).toBeNull();
    expect(locked.data.signIn.error).toMatchObject({ code: 'LOCKED_OUT' });
    const retry = locked.data.signIn.error.retryAfterSeconds;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(locked.data.signIn.error.message).toContain(`${retry} seconds`);

    // An unknown email is treated the same: the lockout reveals nothing about accounts.
    for (let i = 0; i < 5; i++) {
      const wrong = await h.run(SIGN_IN, {
        email: 'nobody@example.hu',
        password: `Wrong-pw-${i}x`,
      });
      expect(wrong.data.signIn.error.code).toBe('INVALID_CREDENTIALS');
    }
    expect(
      (await h.run(SIGN_IN, { email: 'nobody@example.hu', password: 'Whatever-123' })).data.signIn
        .error.code,
    ).toBe('LOCKED_OUT');

    // A minute later the owner gets in.
    await h.db.query(
      `update sign_in_attempts set attempted_at = attempted_at - interval '61 seconds'
        where email_key = $1`,
      [email],
    );
    const later = await h.run(SIGN_IN, { email, password: GOOD_PASSWORD });
    expect(later.data.signIn.error).toBeNull();
  });

  it('answers sign-in and reset requests the same whether or not the email has an account', async () => {
    await h.customer('known@example.hu');
    const unknown = await h.run(SIGN_IN, { email: 'unknown@example.hu', password: 'Wrong-pass-1' });
    const wrong = await h.run(SIGN_IN, { email: 'known@example.hu', password: 'Wrong-pass-1' });
    expect(unknown.data.signIn).toEqual(wrong.data.signIn);
    const resetUnknown = await h.run(REQUEST_RESET, { email: 'unknown@example.hu' });
    const resetKnown = await h.run(REQUEST_RESET, { email: 'known@example.hu' });
    expect(resetUnknown).toEqual(resetKnown);
    expect(resetKnown.data.requestPasswordReset).toEqual({ ok: true, error: null });
    const mails = await h.db.query<{ to_address: string }>(
      `select to_address from mail_outbox where kind = 'password_reset'`,
    );
    expect(mails.map((m) => m.to_address)).toContain('known@example.hu');
    expect(mails.map((m) => m.to_address)).not.toContain('unknown@example.hu');
  });

  it('resets a password with a single-use, expiring link and ends every session', async () => {
    const email = 'reset@example.hu';
    const { session } = await h.customer(email);
    await h.run(REQUEST_RESET, { email });
    const token = await h.tokenFromOutbox(email, 'password_reset');

    const weak = await h.run(RESET, { token, password: 'short' });
    expect(weak.data.resetPassword.error).toMatchObject({
      code: 'WEAK_PASSWORD',
      field: 'password',
    });
    const newPassword = 'Uj-jelszo-2026';
    const done = await h.run(RESET, { token, password: newPassword });
    expect(done.data.resetPassword).toEqual({ ok: true, error: null });
    const reused = await h.run(RESET, { token, password: 'Masik-jelszo-77' });
    expect(reused.data.resetPassword.error.code).toBe('INVALID_TOKEN');

    expect((await h.run(SIGN_IN, { email, password: GOOD_PASSWORD })).data.signIn.error.code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await h.run(SIGN_IN, { email, password: newPassword })).data.signIn.error).toBeNull();
    expect(
      (await h.run(REFRESH, { refreshToken: session.refreshToken })).data.refreshSession.error.code,
    ).toBe('INVALID_REFRESH_TOKEN');

    await h.run(REQUEST_RESET, { email });
    const expiring = await h.tokenFromOutbox(email, 'password_reset');
    await h.db.query(
      `update email_tokens set expires_at = now() - interval '1 second'
        where purpose = 'reset_password' and used_at is null`,
    );
    const expired = await h.run(RESET, { token: expiring, password: 'Harmadik-jelszo-3' });
    expect(expired.data.resetPassword.error.code).toBe('TOKEN_EXPIRED');
    expect(
      (await h.run(RESET, { token: 'nonsense', password: 'Harmadik-jelszo-3' })).data.resetPassword
        .error.code,
    ).toBe('INVALID_TOKEN');
  });

  it('changes a password with the old one, ending the other sessions only', async () => {
    const email = 'change@example.hu';
    const first = await h.customer(email);
    const second = (await h.run(SIGN_IN, { email, password: GOOD_PASSWORD })).data.signIn.session;

    const wrongOld = await h.run(
      CHANGE,
      { c: 'Not-my-password-1', n: 'Uj-jelszo-2026' },
      first.identity,
    );
    expect(wrongOld.data.changePassword.error).toMatchObject({
      code: 'WRONG_PASSWORD',
      field: 'currentPassword',
    });
    const weak = await h.run(CHANGE, { c: GOOD_PASSWORD, n: 'aaaaaaaaaaaa' }, first.identity);
    expect(weak.data.changePassword.error).toMatchObject({
      code: 'WEAK_PASSWORD',
      field: 'newPassword',
    });
    const ok = await h.run(CHANGE, { c: GOOD_PASSWORD, n: 'Uj-jelszo-2026' }, first.identity);
    expect(ok.data.changePassword).toEqual({ ok: true, error: null });

    expect(
      (await h.run(REFRESH, { refreshToken: first.session.refreshToken })).data.refreshSession
        .error,
    ).toBeNull();
    expect(
      (await h.run(REFRESH, { refreshToken: second.refreshToken })).data.refreshSession.error.code,
    ).toBe('INVALID_REFRESH_TOKEN');
    expect(
      (await h.run(SIGN_IN, { email, password: 'Uj-jelszo-2026' })).data.signIn.error,
    ).toBeNull();
    const anonymous = await h.run(CHANGE, { c: GOOD_PASSWORD, n: 'Uj-jelszo-2026' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('deletes an account: personal data erased, sessions and keys revoked, the row kept', async () => {
    const email = 'delete@example.hu';
    const { customerId, session, identity } = await h.customer(email, {
      mobile: '+36 20 555 1234',
      billing: { name: 'Törlendő Kft.', city: 'Pécs' },
      companyIds: [h.companyIds.alfa],
    });
    const key = await h.run(
      `mutation { createApiKey(input: { name: "CAD", scopes: [QUOTES_READ] }) { key error { code } } }`,
      undefined,
      identity,
    );
    expect(key.data.createApiKey.error).toBeNull();

    const wrong = await h.run(DELETE, { p: 'Not-my-password-1' }, identity);
    expect(wrong.data.deleteAccount.error).toMatchObject({
      code: 'WRONG_PASSWORD',
      field: 'password',
    });
    const done = await h.run(DELETE, { p: GOOD_PASSWORD }, identity);
    expect(done.data.deleteAccount).toEqual({ ok: true, error: null });

    const [row] = await h.db.query<Record<string, unknown>>(
      'select email, name, mobile, password_hash, deleted_at from customers where id = $1',
      [customerId],
    );
    expect(row).toMatchObject({
      email: `deleted-${customerId}@deleted.invalid`,
      name: 'Deleted customer',
      mobile: null,
      password_hash: null,
    });
    expect(row!.deleted_at).not.toBeNull();
    const leftovers = await h.db.query<{ n: number }>(
      `select (select count(*) from customer_billing where customer_id = $1)::int
            + (select count(*) from mail_outbox where customer_id = $1)::int
            + (select count(*) from email_tokens where customer_id = $1)::int
            + (select count(*) from auth_sessions where customer_id = $1 and revoked_at is null)::int
            + (select count(*) from api_keys where customer_id = $1 and revoked_at is null)::int
            + (select count(*) from sign_in_attempts where email_key = $2)::int as n`,
      [customerId, email],
    );
    expect(leftovers[0]!.n).toBe(0);
    // The deleted account's access token is refused outright: its session has ended.
    const afterDelete = await h.run(ME, undefined, identity);
    expect(afterDelete.data).toBeUndefined();
    expect(afterDelete.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await h.run(REFRESH, { refreshToken: session.refreshToken })).data.refreshSession.error.code,
    ).toBe('INVALID_REFRESH_TOKEN');
    expect(
      (await h.subgraph.accounts.apiKeys.verify(key.data.createApiKey.key)) as unknown,
    ).toEqual({ error: 'REVOKED' });
    expect((await h.run(SIGN_IN, { email, password: GOOD_PASSWORD })).data.signIn.error.code).toBe(
      'INVALID_CREDENTIALS',
    );
    // The address is free again.
    await h.signUp(email);
  });

  describe('bad input', () => {
    async function signUpError(input: Record<string, unknown>) {
      const r = await h.run(SIGN_UP, {
        input: { email: 'bad@example.hu', password: GOOD_PASSWORD, name: 'Név', ...input },
      });
      expect(r.errors).toBeUndefined();
      return r.data.signUp.error;
    }

    it('refuses malformed and over-long fields by name, writing nothing', async () => {
      const [before] = await h.db.query<{ n: number }>('select count(*)::int as n from customers');
      expect(await signUpError({ email: 'not-an-email' })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'email',
      });
      expect(await signUpError({ email: `${'a'.repeat(250)}@x.hu` })).toMatchObject({
        field: 'email',
      });
      expect(await signUpError({ name: 'x'.repeat(201) })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'name',
      });
      expect(await signUpError({ name: '   ' })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'name',
      });
      expect(await signUpError({ mobile: 'call me' })).toMatchObject({ field: 'mobile' });
      expect(await signUpError({ billing: { postalCode: '1'.repeat(21) } })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'billing.postalCode',
      });
      expect(await signUpError({ companyIds: ['42'] })).toMatchObject({ field: 'companyIds.0' });
      expect(await signUpError({ companyIds: [h.companyIds.regi] })).toMatchObject({
        code: 'COMPANY_NOT_FOUND',
        field: 'companyIds.0',
      });
      const [after] = await h.db.query<{ n: number }>('select count(*)::int as n from customers');
      expect(after!.n).toBe(before!.n);
    });

    it('refuses weak passwords with the rule they break', async () => {
      expect(await signUpError({ password: 'Short-1' })).toMatchObject({
        code: 'WEAK_PASSWORD',
        field: 'password',
      });
      expect(await signUpError({ password: 'onlylowercaseletters' })).toMatchObject({
        code: 'WEAK_PASSWORD',
      });
      expect(await signUpError({ password: 'Bad@Example.hu' })).toMatchObject({
        code: 'WEAK_PASSWORD',
        message: expect.stringMatching(/email/),
      });
      const policy = await h.run(
        '{ passwordPolicy { minLength maxLength minCharacterClasses notEmail } }',
      );
      expect(policy.data.passwordPolicy).toEqual({
        minLength: 10,
        maxLength: 200,
        minCharacterClasses: 2,
        notEmail: true,
      });
    });

    it('refuses a duplicate email, whatever its case, with a clear message', async () => {
      await h.signUp('taken@example.hu');
      const error = await signUpError({ email: 'TAKEN@example.hu' });
      expect(error).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email' });
      expect(error.message).toMatch(/already exists/);
    });

    it('stores script tags in names as text, and escapes them in mails', async () => {
      const name = '<script>alert("x")</script> Béla';
      const { identity } = await h.customer('script@example.hu', { name });
      expect((await h.run(ME, undefined, identity)).data.me.name).toBe(name);
      const [mail] = await h.db.query<{ html_body: string; text_body: string }>(
        `select html_body, text_body from mail_outbox where to_address = 'script@example.hu'`,
      );
      expect(mail!.html_body).not.toContain('<script>');
      expect(mail!.html_body).toContain('&lt;script&gt;');
      expect(mail!.text_body).toContain(name);
    });
  });

  it('connects companies, switches the active one and disconnects; never a deactivated one', async () => {
    const { identity } = await h.customer('companies@example.hu');
    const CONNECT = `mutation($id: ID!) { connectCompany(companyId: $id) { customer { activeCompany { slug } companies { company { slug } active } } error { code field } } }`;
    const ACTIVE = `mutation($id: ID!) { setActiveCompany(companyId: $id) { customer { activeCompany { slug } } error { code } } }`;
    const DISCONNECT = `mutation($id: ID!) { disconnectCompany(companyId: $id) { customer { activeCompany { slug } companies { company { slug } } } error { code } } }`;

    const zeta = await h.run(CONNECT, { id: h.companyIds.zeta }, identity);
    expect(zeta.data.connectCompany.customer.activeCompany).toEqual({ slug: 'zeta' });
    const alfa = await h.run(CONNECT, { id: h.companyIds.alfa }, identity);
    expect(alfa.data.connectCompany.customer.companies).toEqual([
      { company: { slug: 'alfa' }, active: false },
      { company: { slug: 'zeta' }, active: true },
    ]);
    expect(
      (await h.run(CONNECT, { id: h.companyIds.regi }, identity)).data.connectCompany.error,
    ).toEqual({
      code: 'COMPANY_NOT_FOUND',
      field: 'companyId',
    });
    expect((await h.run(CONNECT, { id: 'nope' }, identity)).data.connectCompany.error.code).toBe(
      'COMPANY_NOT_FOUND',
    );
    expect(
      (await h.run(ACTIVE, { id: h.companyIds.regi }, identity)).data.setActiveCompany.error.code,
    ).toBe('COMPANY_NOT_FOUND');
    const switched = await h.run(ACTIVE, { id: h.companyIds.alfa }, identity);
    expect(switched.data.setActiveCompany.customer.activeCompany).toEqual({ slug: 'alfa' });

    // The company's discount survives a disconnect and reconnect.
    const customerId = (identity as Extract<Identity, { kind: 'customer' }>).customerId;
    await h.db.query(
      'update customer_companies set discount_percent = 7.5 where customer_id = $1 and company_id = $2',
      [customerId, h.companyIds.alfa],
    );
    const gone = await h.run(DISCONNECT, { id: h.companyIds.alfa }, identity);
    expect(gone.data.disconnectCompany.customer).toEqual({
      activeCompany: null,
      companies: [{ company: { slug: 'zeta' } }],
    });
    expect(
      (await h.run(DISCONNECT, { id: h.companyIds.alfa }, identity)).data.disconnectCompany.error
        .code,
    ).toBe('COMPANY_NOT_CONNECTED');
    expect(
      (await h.run(ACTIVE, { id: h.companyIds.alfa }, identity)).data.setActiveCompany.error.code,
    ).toBe('COMPANY_NOT_CONNECTED');
    await h.run(CONNECT, { id: h.companyIds.alfa }, identity);
    const me = await h.run(ME, undefined, identity);
    expect(me.data.me.companies.find((c: any) => c.company.slug === 'alfa').discountPercent).toBe(
      '7.50',
    );

    // Deactivating a company removes it from the customer's view at once.
    await h.db.query('update companies set active = false where id = $1', [h.companyIds.alfa]);
    try {
      const after = await h.run(ME, undefined, identity);
      expect(after.data.me.companies.map((c: any) => c.company.slug)).toEqual(['zeta']);
      expect(
        (await h.run(ACTIVE, { id: h.companyIds.alfa }, identity)).data.setActiveCompany.error.code,
      ).toBe('COMPANY_NOT_FOUND');
    } finally {
      await h.db.query('update companies set active = true where id = $1', [h.companyIds.alfa]);
    }
  });

  it('edits the profile, billing and notification preferences', async () => {
    const { identity } = await h.customer('profile@example.hu', { mobile: '+36 1 234 5678' });
    const profile = await h.run(
      `mutation { updateProfile(input: { name: "Új Név", locale: EN }) { customer { name mobile locale } error { code } } }`,
      undefined,
      identity,
    );
    expect(profile.data.updateProfile).toEqual({
      customer: { name: 'Új Név', mobile: '+36 1 234 5678', locale: 'EN' },
      error: null,
    });
    const cleared = await h.run(
      `mutation { updateProfile(input: { mobile: "" }) { customer { mobile } } }`,
      undefined,
      identity,
    );
    expect(cleared.data.updateProfile.customer.mobile).toBeNull();
    const tooLong = await h.run(
      `mutation($n: String) { updateProfile(input: { name: $n }) { customer { name } error { code field } } }`,
      { n: 'n'.repeat(201) },
      identity,
    );
    expect(tooLong.data.updateProfile).toEqual({
      customer: null,
      error: { code: 'INVALID_INPUT', field: 'name' },
    });

    const billing = await h.run(
      `mutation { updateBilling(input: { name: "Cég Kft.", country: "Ausztria", street: "Fő utca", houseNumber: "1/A" }) {
         customer { billing { name country street houseNumber city } } error { code } } }`,
      undefined,
      identity,
    );
    expect(billing.data.updateBilling.customer.billing).toEqual({
      name: 'Cég Kft.',
      country: 'Ausztria',
      street: 'Fő utca',
      houseNumber: '1/A',
      city: null,
    });
    const badBilling = await h.run(
      `mutation { updateBilling(input: { postalCode: "123456789012345678901" }) { customer { id } error { code field } } }`,
      undefined,
      identity,
    );
    expect(badBilling.data.updateBilling).toEqual({
      customer: null,
      error: { code: 'INVALID_INPUT', field: 'postalCode' },
    });
    const notifications = await h.run(
      `mutation { updateNotificationPreferences(input: { orderStatusChanged: true }) {
         customer { notificationPreferences { orderReady orderStatusChanged } } } }`,
      undefined,
      identity,
    );
    expect(
      notifications.data.updateNotificationPreferences.customer.notificationPreferences,
    ).toEqual({
      orderReady: false,
      orderStatusChanged: true,
    });
  });

  it('keeps account fields to the right callers', async () => {
    expect((await h.run(ME)).data.me).toBeNull();
    const partner: Identity = {
      kind: 'partner',
      apiKeyId: '00000000-0000-4000-8000-000000000000',
      scopes: ['quotes:read'],
      owner: { kind: 'customer', customerId: '00000000-0000-4000-8000-000000000001' },
    };
    const partnerSignIn = await h.run(SIGN_IN, { email: 'a@b.hu', password: 'x' }, partner);
    expect(partnerSignIn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { identity } = await h.customer('walls@example.hu');
    const admin = await h.run('{ admin { me { id } } }', undefined, identity);
    expect(admin.data.admin).toBeNull();
    expect(admin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await h.run(
      `mutation { updateProfile(input: { name: "x" }) { customer { name } } }`,
      undefined,
      ANONYMOUS,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('re-sends the verification link, which replaces the earlier one', async () => {
    const email = 'resend@example.hu';
    await h.signUp(email);
    const first = await h.tokenFromOutbox(email, 'verification');
    const RESEND = 'mutation($e: String!) { resendVerification(email: $e) { ok error { code } } }';
    expect((await h.run(RESEND, { e: email })).data.resendVerification).toEqual({
      ok: true,
      error: null,
    });
    expect((await h.run(RESEND, { e: 'nobody-here@example.hu' })).data.resendVerification.ok).toBe(
      true,
    );
    const second = await h.tokenFromOutbox(email, 'verification');
    expect(second).not.toBe(first);
    expect((await h.run(VERIFY, { token: first })).data.verifyEmail.error.code).toBe(
      'INVALID_TOKEN',
    );
    expect((await h.run(VERIFY, { token: second })).data.verifyEmail.ok).toBe(true);
    const [{ n }] = (await h.db.query<{ n: number }>(
      `select count(*)::int as n from mail_outbox where to_address = $1`,
      [email],
    )) as [{ n: number }];
    await h.run(RESEND, { e: email });
    const [{ n: after }] = (await h.db.query<{ n: number }>(
      `select count(*)::int as n from mail_outbox where to_address = $1`,
      [email],
    )) as [{ n: number }];
    expect(after).toBe(n);
  });

  it('shows the mail outbox on the dev mail page', async () => {
    await h.signUp('mailbox@example.hu', { locale: 'HU' });
    const box = await h.run('{ devMailbox(first: 5) { kind to subject link locale createdAt } }');
    expect(box.errors).toBeUndefined();
    expect(box.data.devMailbox[0]).toMatchObject({
      kind: 'VERIFICATION',
      to: 'mailbox@example.hu',
      subject: 'Erősítse meg az e-mail-címét',
      locale: 'HU',
    });
    expect(box.data.devMailbox[0].link).toContain('/verify-email?token=');
    expect((await h.run('{ devMailbox(first: 0) { id } }')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
