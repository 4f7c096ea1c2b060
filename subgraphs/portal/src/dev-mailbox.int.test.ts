import { testEngines } from '@portal/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';
import type { Mail, Mailer } from './mail/mailer.ts';

// `devMailbox` is public and holds every verification and reset link: whoever reads it can take
// over any account that asks for a reset. It is served only in development/embedded mode, and
// never when mail goes out over SMTP.

const MAILBOX = '{ devMailbox(first: 10) { to link } }';

/** A mailer that sends (like SMTP): nothing stays in the outbox. */
const sendingMailer = (): Mailer & { sent: Mail[] } => {
  const sent: Mail[] = [];
  return { keepsOutbox: false, sent, send: async (mail) => void sent.push(mail) };
};

describe.each(testEngines())('the development mailbox on %s', (engine) => {
  let h: PortalHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('is served in development mode while mail stays in the outbox', async () => {
    h = await startPortalHarness(engine, { devMailbox: true });
    await h.signUp('dev@example.hu');
    const box = await h.run(MAILBOX);
    expect(box.data.devMailbox).toEqual([
      { to: 'dev@example.hu', link: expect.stringContaining('/verify-email?token=') },
    ]);
  });

  it('is null outside development mode, though the outbox holds the links', async () => {
    h = await startPortalHarness(engine, { devMailbox: false });
    await h.signUp('prod@example.hu');
    const [kept] = await h.db.query<{ n: number }>('select count(*)::int as n from mail_outbox');
    expect(kept!.n).toBe(1);
    const box = await h.run(MAILBOX);
    expect(box.errors).toBeUndefined();
    expect(box.data.devMailbox).toBeNull();
    expect(JSON.stringify(box)).not.toContain('token=');
  });

  it('is null with SMTP even when development mode asks for it', async () => {
    const mailer = sendingMailer();
    h = await startPortalHarness(engine, { devMailbox: true, mailer });
    await h.signUp('smtp@example.hu');
    expect(mailer.sent).toHaveLength(1);
    expect((await h.run(MAILBOX)).data.devMailbox).toBeNull();
  });
});
