import type { CompanyLinks } from '@portal/company-link';
import type { Db } from '@portal/db';
import type { RouteHandler } from '@portal/http-server';
import type { Mailer } from '../mail/mailer.ts';
import { createOrderSync, type OrderSync } from './order-sync.ts';
import { type OrderSyncWorker, startOrderSyncWorker } from './order-sync-worker.ts';
import { orderWebhookRoute } from './order-webhook.ts';

export interface PortalOrders {
  sync: OrderSync;
  /** `POST /webhooks/companies/:companyId/orders`. */
  webhookRoute: RouteHandler;
  /** Starts the periodic sync of every active company (`ORDER_SYNC_INTERVAL_MS`). */
  startWorker(intervalMs: number): OrderSyncWorker;
}

/** The order sync, its webhook and its worker, wired to the portal's company access. */
export function createPortalOrders(options: {
  db: Db;
  encryptionKey: Buffer;
  companyLinks: CompanyLinks;
  mailer: Mailer;
  publicUrl: string | (() => string);
  log?: ((line: string) => void) | undefined;
}): PortalOrders {
  const log = options.log ?? (() => {});
  const sync = createOrderSync({
    db: options.db,
    source: (companyId) => options.companyLinks.get(companyId),
    mailer: options.mailer,
    publicUrl: options.publicUrl,
    log,
  });
  return {
    sync,
    webhookRoute: orderWebhookRoute({
      db: options.db,
      encryptionKey: options.encryptionKey,
      sync,
      log,
    }),
    startWorker: (intervalMs) => startOrderSyncWorker(sync, intervalMs, log),
  };
}
