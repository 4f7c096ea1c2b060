import type { Db } from '@portal/db';
import type { Mail, Mailer } from '../mail/mailer.ts';

/** Failed sends are retried on later syncs up to this many times. */
const MAX_ATTEMPTS = 5;

/**
 * Sends the order notifications the sync wrote (`order_notifications`), after its commit. A row
 * is claimed with one atomic update (sent_at set), so two instances never send it both; a failed
 * send gives it back for a later try. A crash between the claim and the send loses that mail
 * rather than sending it twice (docs/orders.md).
 */
export async function dispatchOrderNotifications(
  db: Db,
  mailer: Mailer,
  log: (line: string) => void = () => {},
): Promise<number> {
  const pending = await db.query<{ id: string }>(
    `select id from order_notifications
      where sent_at is null and attempts < $1
      order by created_at limit 50`,
    [MAX_ATTEMPTS],
  );
  let sent = 0;
  for (const { id } of pending) {
    const [claimed] = await db.query<{ mail: Mail }>(
      `update order_notifications set sent_at = now(), attempts = attempts + 1
        where id = $1 and sent_at is null returning mail`,
      [id],
    );
    if (!claimed) continue;
    try {
      await mailer.send(claimed.mail);
      sent += 1;
    } catch (error) {
      log(`order notification ${id}: sending failed: ${(error as Error).message}`);
      await db.query(
        `update order_notifications set sent_at = null, last_error = $2 where id = $1`,
        [id, (error as Error).message.slice(0, 500)],
      );
    }
  }
  return sent;
}
