import type { AddressInfo } from 'node:net';
import { testEngines } from '@portal/db/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOD_PASSWORD,
  type PortalHarness,
  PUBLIC_URL,
  SIGN_IN,
  SIGN_UP,
  startPortalHarness,
  VERIFY,
} from '../../test/portal-harness.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps what it receives. */
async function startSmtpServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The quoted-printable text of a raw message, decoded (soft breaks joined, =XX bytes). */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe.each(testEngines())('account mail over SMTP on %s', (engine) => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let h: PortalHarness;
  const mailer = { current: undefined as ReturnType<typeof createSmtpMailer> | undefined };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    mailer.current = createSmtpMailer(smtp.url, 'Portál <noreply@portal.test>');
    h = await startPortalHarness(engine, { mailer: mailer.current });
  });
  afterAll(async () => {
    await h?.close();
    await mailer.current?.close?.();
    await smtp?.close();
  });

  it('sends the verification mail over SMTP and the link verifies the account', async () => {
    const email = 'smtp@example.hu';
    const signUp = await h.run(SIGN_UP, {
      input: { email, password: GOOD_PASSWORD, name: 'Szabó Éva' },
    });
    expect(signUp.data.signUp.ok).toBe(true);
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message!.from).toBe('noreply@portal.test');
    expect(message!.to).toEqual([email]);
    const text = decodeQuotedPrintable(message!.raw);
    expect(text).toContain('Kedves Szabó Éva!');
    const link = text.match(new RegExp(`${PUBLIC_URL}/verify-email\\?token=[\\w-]{43}`))?.[0];
    expect(link).toBeDefined();

    // With SMTP nothing is kept in the outbox and the dev mail page is off.
    const [outbox] = await h.db.query<{ n: number }>('select count(*)::int as n from mail_outbox');
    expect(outbox!.n).toBe(0);
    expect((await h.run('{ devMailbox { id } }')).data.devMailbox).toBeNull();

    const token = new URL(link!).searchParams.get('token')!;
    expect((await h.run(VERIFY, { token })).data.verifyEmail.ok).toBe(true);
    expect((await h.run(SIGN_IN, { email, password: GOOD_PASSWORD })).data.signIn.error).toBeNull();
  });

  it('sends the reset mail in the account language', async () => {
    await h.run(SIGN_UP, {
      input: { email: 'smtp-en@example.hu', password: GOOD_PASSWORD, name: 'Eve', locale: 'EN' },
    });
    await h.run('mutation { requestPasswordReset(email: "smtp-en@example.hu") { ok } }');
    const reset = smtp.received.at(-1)!;
    const text = decodeQuotedPrintable(reset.raw);
    expect(text).toContain('Subject: Set a new password');
    expect(text).toMatch(/\/reset-password\?token=[\w-]{43}/);
  });
});
