import { DrizzleQueryError, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { defineJob } from '../../bridge/src/jobs/define';
import { errorReport, errorText } from '../../bridge/src/log/error-text';
import type { RunningBridge } from '../../bridge/src/server/start';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { signedFetch } from '../panel-api/signed-fetch';

const KEY = '5e1f0c2d-9a8b-4c7d-b6e5-f4a3b2c1d0e9';

/** A job whose query fails with the key among its bound values, as a failing settings write would. */
const leakyJob = defineJob({
  kind: 'test.leaky-query',
  params: z.object({}),
  checkpoint: z.object({}),
  async run(ctx) {
    await ctx.services.store.db.execute(sql`SELECT * FROM no_such_table_here WHERE v = ${KEY}`);
    return undefined;
  },
});

describe('errors that carry bound query values', () => {
  let store: TestStore;
  let bridge: RunningBridge;
  beforeAll(async () => {
    store = await createTestStore();
    bridge = await startTestBridge(store, { jobs: [leakyJob], jobRunner: { pollMs: 50 } });
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
  });

  it("keep the statement and the database's complaint, never the values", async () => {
    const error: unknown = await store.db
      .execute(sql`SELECT * FROM no_such_table_here WHERE v = ${KEY}`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DrizzleQueryError);
    // The hazard itself: Drizzle's own message lists the bound values.
    expect(error instanceof Error ? error.message : '').toContain(KEY);
    for (const text of [errorText(error), errorReport(error)]) {
      expect(text).toContain('no_such_table_here');
      expect(text).not.toContain(KEY);
    }
    expect(errorReport(error)).toMatch(/\n\s+at /);
  });

  it('a failed settings save answers INTERNAL and prints no Api-Key to the console', async () => {
    const table = `${store.prefix}meschain_ozon_settings`;
    // The select before the write still works; only the insert of the new value is refused.
    await store.pool.query(`ALTER TABLE \`${table}\` ADD CONSTRAINT reviewer_tiny CHECK (length(value) < 5)`);
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
    try {
      const answer = await signedFetch(bridge, 'PUT', '/api/v1/settings', { clientId: '1234', apiKey: KEY });
      expect(answer.status).toBe(500);
      expect(errorEnvelopeSchema.parse(answer.json).error.code).toBe('INTERNAL');
      expect(answer.text).not.toContain(KEY);
    } finally {
      spy.mockRestore();
      await store.pool.query(`ALTER TABLE \`${table}\` DROP CONSTRAINT reviewer_tiny`);
    }
    expect(printed.join('\n')).toContain('database query failed');
    expect(printed.join('\n')).not.toContain(KEY);
  });

  it("a failed job's error, as the panel reads it, holds no bound value", async () => {
    const { id } = await bridge.services.jobs.enqueue('test.leaky-query', {});
    const job = await bridge.services.jobs.waitFor(id, 20_000);
    expect(job?.state).toBe('failed');
    expect(job?.error).toContain('no_such_table_here');
    const answer = await signedFetch(bridge, 'GET', `/api/v1/jobs/${id}`);
    expect(answer.status).toBe(200);
    expect(answer.text).not.toContain(KEY);
    const [rows] = await store.pool.query(`SELECT message FROM ${store.prefix}meschain_ozon_log`);
    expect(JSON.stringify(rows)).not.toContain(KEY);
  });
});
