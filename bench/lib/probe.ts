/**
 * Preloaded (`--import`) into every process a bench starts: answers the parent's `sample`
 * message with this process's memory and CPU time, so each service can be weighed apart.
 * With `--expose-gc` the heap is measured after a forced collection when asked (`gc: true`).
 */
export interface ProcessSample {
  rssMiB: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  /** User + system CPU time since the process started, ms. */
  cpuMs: number;
}

if (process.send) {
  process.on('message', (message: { kind?: string; id?: number; gc?: boolean }) => {
    if (message?.kind !== 'sample') return;
    if (message.gc) globalThis.gc?.();
    const m = process.memoryUsage();
    const cpu = process.cpuUsage();
    const sample: ProcessSample = {
      rssMiB: m.rss / 2 ** 20,
      heapUsedMiB: m.heapUsed / 2 ** 20,
      heapTotalMiB: m.heapTotal / 2 ** 20,
      externalMiB: m.external / 2 ** 20,
      cpuMs: (cpu.user + cpu.system) / 1000,
    };
    process.send?.({ kind: 'sample-result', id: message.id, sample });
  });
  // The IPC channel must not keep a finished service alive, nor end it early.
  process.channel?.unref();
}
