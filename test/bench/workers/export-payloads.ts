/*
 * Child process of test/bench/export-payloads.ts: runs the measured part (a dry-run export of a prepared store)
 * under a capped heap and prints its figures as one JSON line. A separate process, so that the memory figures are
 * this run's alone and the heap cap proves the bound instead of merely observing it.
 */
import { loadExportContext } from '../../../bridge/src/catalog/export/load-context';
import { exportParamsSchema } from '../../../bridge/src/catalog/export/run/job-schemas';
import type { RunControl, RunEnv } from '../../../bridge/src/catalog/export/run/run-env';
import { runExport } from '../../../bridge/src/catalog/export/run/run-export';
import { openStoreDb } from '../../../bridge/src/db/connection';
import { readOzonSettings } from '../../../bridge/src/settings/store';
import { systemClock } from '../../../bridge/src/shared/clock';

const [databaseUrl, prefix, storeUrl] = process.argv.slice(2);
if (!databaseUrl || !prefix || !storeUrl) {
  throw new Error('usage: export-payloads <databaseUrl> <tablePrefix> <storeUrl>');
}
const store = openStoreDb({ databaseUrl, tablePrefix: prefix });
const env: RunEnv = {
  store,
  clock: systemClock,
  // As the panel's and the CLI's dry runs are jobs: the run's report and every unit's verdict are written too.
  jobId: 'bench-dry-run',
  ozon: undefined,
  context: await loadExportContext(store, await readOzonSettings(store), storeUrl),
  warehouseId: null,
  log: async () => {},
};
let report: Parameters<RunControl['saveCheckpoint']>[0]['report'] | undefined;
const control: RunControl = {
  checkpoint: undefined,
  async saveCheckpoint(checkpoint) {
    report = checkpoint.report;
  },
  async progress() {},
  signal: new AbortController().signal,
};
const before = process.memoryUsage();
let heapPeak = before.heapUsed;
let rssPeak = before.rss;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  heapPeak = Math.max(heapPeak, m.heapUsed);
  rssPeak = Math.max(rssPeak, m.rss);
}, 100);
const cpuBefore = process.cpuUsage();
const start = performance.now();
const summary = await runExport(env, exportParamsSchema.parse({ dryRun: true }), control);
const elapsedMs = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
const after = process.memoryUsage();
await store.close();
console.log(
  JSON.stringify({
    elapsedMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    summary,
    report,
    heapBefore: before.heapUsed,
    heapPeak: Math.max(heapPeak, after.heapUsed),
    rssBefore: before.rss,
    rssPeak: Math.max(rssPeak, after.rss),
  }),
);
