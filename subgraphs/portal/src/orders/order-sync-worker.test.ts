import { describe, expect, it } from 'vitest';
import type { CompanySyncResult, OrderSync } from './order-sync.ts';
import { startOrderSyncWorker } from './order-sync-worker.ts';

/** A sync whose runs take `runMs`, counting runs and the most that overlapped. */
function fakeSync(runMs: number, fail = false) {
  const stats = { runs: 0, running: 0, maxRunning: 0 };
  const sync: OrderSync = {
    syncCompany: () => Promise.reject(new Error('not used')),
    async syncAll(): Promise<CompanySyncResult[]> {
      stats.runs += 1;
      stats.running += 1;
      stats.maxRunning = Math.max(stats.maxRunning, stats.running);
      await new Promise((r) => setTimeout(r, runMs));
      stats.running -= 1;
      if (fail) throw new Error('portal database down');
      return [];
    },
  };
  return { sync, stats };
}

describe('order sync worker', () => {
  it('runs at once, then every interval, never two runs at a time', async () => {
    const { sync, stats } = fakeSync(30);
    const worker = startOrderSyncWorker(sync, 10);
    await new Promise((r) => setTimeout(r, 200));
    await worker.stop();
    expect(stats.runs).toBeGreaterThanOrEqual(3);
    expect(stats.maxRunning).toBe(1);
    const after = stats.runs;
    await new Promise((r) => setTimeout(r, 80));
    expect(stats.runs).toBe(after);
  });

  it('keeps going after a failed run, and reports it', async () => {
    const { sync, stats } = fakeSync(5, true);
    const lines: string[] = [];
    const worker = startOrderSyncWorker(sync, 10, (line) => lines.push(line));
    await new Promise((r) => setTimeout(r, 100));
    await worker.stop();
    expect(stats.runs).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/order sync run failed: portal database down/);
  });
});
