/**
 * The company-catalog subgraph in a worker thread, for `bench/preview-quote.ts` (`split`
 * topology): its own event loop and core, as in production (one process per service), while
 * the rest of the embedded system stays on the main thread. The registry records come from the
 * main thread (the embedded portal database is in-process PGlite, which one thread owns).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCatalogSubgraph } from '@portal/company-catalog-subgraph';
import type { CompanyRecord } from '@portal/company-link';
import { serveApollo } from '@portal/http-server';
import { pino } from 'pino';

interface WorkerData {
  records: CompanyRecord[];
  signingKey: Uint8Array;
  portalUrl: string;
}

const data = workerData as WorkerData;
const records = new Map(data.records.map((r) => [r.id, r]));
const subgraph = createCatalogSubgraph({
  directory: { get: async (id) => records.get(id) ?? null },
  signingKey: Buffer.from(data.signingKey),
  portalUrl: data.portalUrl,
});
// Warnings only: a log line per request would be part of what is measured.
const running = await serveApollo({
  name: 'company-catalog',
  ...subgraph,
  port: 0,
  logger: pino({ name: 'company-catalog', level: 'warn' }),
});
parentPort!.postMessage({ url: running.url });
parentPort!.on('message', async (message) => {
  // This thread's CPU time, for the bench's CPU per request.
  if (message === 'cpu') parentPort!.postMessage({ cpu: process.threadCpuUsage() });
  if (message === 'close') {
    await running.close();
    parentPort!.postMessage('closed');
  }
});
