import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_EXPORT_JOB } from '../../bridge/src/contract/values';
import { openConnectionKiller } from '../harness/kill-connections';
import { type ExportBridge, sentOffers, startExportBridge } from './export-bridge';
import { FAST_TIMING } from './export-fixture';

const PRODUCTS = 200;

describe("an export while the database kills the bridge's connections (server up)", () => {
  let env: ExportBridge;
  let killer: Awaited<ReturnType<typeof openConnectionKiller>>;

  beforeAll(async () => {
    env = await startExportBridge({
      products: PRODUCTS,
      emulator: { taskPendingMs: 300, moderationMs: 600, limits: { importItemsPerMinute: 1_000_000 } },
      quota: { dailyCreateLimit: 1_000_000, dailyUpdateLimit: 1_000_000 },
      // A stale heartbeat is never what brings the job back here: takeover would take a minute.
      jobRunner: { heartbeatMs: 100, staleMs: 60_000, pollMs: 100 },
    });
    killer = await openConnectionKiller(env.store.databaseName);
  });
  afterAll(async () => {
    await killer?.close();
    await env?.close();
  });

  /** How many jobs are queued or running, read on the killer's own session (the others are being killed). */
  async function activeJobs(): Promise<number> {
    const rows = await killer.query<Array<mysql.RowDataPacket & { n: number }>>(
      `SELECT COUNT(*) AS n FROM \`${env.store.databaseName}\`.\`${env.store.prefix}meschain_ozon_jobs\` WHERE state IN ('queued', 'running')`,
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Sync-log lines in which the runner says a job lost its database connection and resumes. */
  async function resumptions(): Promise<string[]> {
    const rows = await killer.query<Array<mysql.RowDataPacket & { message: string }>>(
      `SELECT message FROM \`${env.store.databaseName}\`.\`${env.store.prefix}meschain_ozon_log\` WHERE message LIKE ?`,
      ['%database connection%resumes%'],
    );
    return rows.map((r) => r.message);
  }

  it('resumes from its checkpoint and ends with every item live, nothing sent twice', async () => {
    await env.bridge.services.jobs.enqueue(CATALOG_EXPORT_JOB, {
      follow: 'job',
      timing: FAST_TIMING,
    });
    const imports = () => env.emulator.emulator.control.requests({ path: '/v3/product/import' }).length;
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
    await env.finished();
    expect(await resumptions()).not.toEqual([]);

    const counts = sentOffers(env.emulator);
    expect(
      [...counts].filter(([, n]) => n > 1),
      'offers sent twice',
    ).toEqual([]);
    const states = await env.store.db.select().from(env.store.own.productState);
    const live = states.filter((s) => s.state === 'live').map((s) => s.offerId);
    expect(live.length).toBeGreaterThan(PRODUCTS);
    expect(new Set(live)).toEqual(new Set(counts.keys()));
    expect(
      states.filter((s) => s.state === 'queued' || s.state === 'sent' || s.state === 'moderation'),
    ).toEqual([]);
    const open = await env.store.db.select().from(env.store.own.importTasks);
    expect(
      open.filter((t) => t.state === 'sending' || t.state === 'unknown' || t.state === 'pending'),
    ).toEqual([]);
  });
});
