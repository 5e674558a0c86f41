import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { type RunningOzonEmulator, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { CATALOG_EXPORT_JOB } from '../../bridge/src/contract/values';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { type RunningBridge, startBridge } from '../../bridge/src/server/start';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { openConnectionKiller } from '../harness/kill-connections';
import { testBridgeConfig } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { EMULATOR_CREDENTIALS, FAST_TIMING, STORE_URL } from './export-fixture';

const PRODUCTS = 200;
const ENDED = ['done', 'failed', 'cancelled'];

/** Offer ids of every /v3/product/import request the emulator received, with how often each was sent. */
function sentOffers(emulator: RunningOzonEmulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of emulator.emulator.control.requests({ path: '/v3/product/import' })) {
    for (const item of (request.body as { items: Array<{ offer_id: string }> }).items) {
      counts.set(item.offer_id, (counts.get(item.offer_id) ?? 0) + 1);
    }
  }
  return counts;
}

describe("an export while the database kills the bridge's connections (server up)", () => {
  let store: TestStore;
  let emulator: RunningOzonEmulator;
  let bridge: RunningBridge;
  let killer: Awaited<ReturnType<typeof openConnectionKiller>>;

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: PRODUCTS, force: true });
    emulator = await startOzonEmulator({
      taskPendingMs: 300,
      moderationMs: 600,
      openApiDocPaths: false,
      limits: { importItemsPerMinute: 1_000_000 },
    });
    emulator.emulator.control.setQuota({ dailyCreateLimit: 1_000_000, dailyUpdateLimit: 1_000_000 });
    await writeOzonSettings(store, { ...EMULATOR_CREDENTIALS, apiUrl: emulator.url });
    await applyDemoMapping(store, {
      ozon: createOzonClient({ ...EMULATOR_CREDENTIALS, baseUrl: emulator.url }),
    });
    // A stale heartbeat is never what brings the job back here: takeover would take a minute.
    bridge = await startBridge(await testBridgeConfig(store, { 'store-url': STORE_URL }), {
      jobRunner: { heartbeatMs: 100, staleMs: 60_000, pollMs: 100 },
    });
    killer = await openConnectionKiller(store.databaseName);
  });
  afterAll(async () => {
    await killer?.close();
    await bridge?.stop();
    await emulator?.close();
    await store?.destroy();
  });

  /** How many jobs are queued or running, read on the killer's own session (the others are being killed). */
  async function activeJobs(): Promise<number> {
    const rows = await killer.query<Array<mysql.RowDataPacket & { n: number }>>(
      `SELECT COUNT(*) AS n FROM \`${store.databaseName}\`.\`${store.prefix}meschain_ozon_jobs\` WHERE state IN ('queued', 'running')`,
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Sync-log lines in which the runner says a job lost its database connection and resumes. */
  async function resumptions(): Promise<string[]> {
    const rows = await killer.query<Array<mysql.RowDataPacket & { message: string }>>(
      `SELECT message FROM \`${store.databaseName}\`.\`${store.prefix}meschain_ozon_log\` WHERE message LIKE ?`,
      ['%database connection%resumes%'],
    );
    return rows.map((r) => r.message);
  }

  it('resumes from its checkpoint and ends with every item live, nothing sent twice', async () => {
    await bridge.services.jobs.enqueue(CATALOG_EXPORT_JOB, {
      follow: 'job',
      timing: FAST_TIMING,
    });
    const imports = () => emulator.emulator.control.requests({ path: '/v3/product/import' }).length;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
    // Three rounds, each once another batch is on Ozon (mid-export): kill every connection, again and again,
    // until a kill lands on a query in flight (an idle connection the pool replaces unnoticed) and the runner
    // says the job lost its connection and resumes. Before the fix the export failed in the first round.
    let kills = 0;
    for (let round = 1; round <= 3; round++) {
      const sent = imports();
      while (imports() === sent && (await activeJobs()) > 0) {
        await pause();
      }
      while ((await resumptions()).length < round && (await activeJobs()) > 0) {
        kills += await killer.killAll();
        await pause();
      }
    }
    expect(kills).toBeGreaterThan(0);

    // The export, the follow-up it queues and any resend after it all end, each done.
    for (;;) {
      const active = (await bridge.services.jobs.list({ limit: 50 })).find((j) => !ENDED.includes(j.state));
      if (!active) {
        break;
      }
      await bridge.services.jobs.waitFor(active.id, 10 * 60_000);
    }
    const jobs = await bridge.services.jobs.list({ limit: 50 });
    expect(
      jobs.filter((j) => j.state !== 'done').map((j) => `${j.kind} ${j.state}: ${j.error}`),
      'every job ended done',
    ).toEqual([]);
    expect(await resumptions()).not.toEqual([]);

    const counts = sentOffers(emulator);
    expect(
      [...counts].filter(([, n]) => n > 1),
      'offers sent twice',
    ).toEqual([]);
    const states = await store.db.select().from(store.own.productState);
    const live = states.filter((s) => s.state === 'live').map((s) => s.offerId);
    expect(live.length).toBeGreaterThan(PRODUCTS);
    expect(new Set(live)).toEqual(new Set(counts.keys()));
    expect(
      states.filter((s) => s.state === 'queued' || s.state === 'sent' || s.state === 'moderation'),
    ).toEqual([]);
    const open = await store.db.select().from(store.own.importTasks);
    expect(
      open.filter((t) => t.state === 'sending' || t.state === 'unknown' || t.state === 'pending'),
    ).toEqual([]);
  });
});
