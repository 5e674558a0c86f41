import { getTableConfig } from 'drizzle-orm/mysql-core';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptStatement, migrate } from '../../bridge/src/db/migrate';
import { createOwnTables } from '../../bridge/src/db/own/index';
import { createTestStore, type TestStore } from '../harness/test-store';

describe('bridge migrations', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore({ prefix: 'shop7_' });
  });
  afterAll(async () => store?.destroy());

  it('creates the bridge tables under the store prefix, as InnoDB, and never under oc_', async () => {
    const [rows] = await store.pool.query<RowDataPacket[]>(
      `SELECT table_name AS name, engine FROM information_schema.tables
        WHERE table_schema = DATABASE() AND table_name LIKE '%meschain_ozon%' ORDER BY table_name`,
    );
    const names = rows.map((r) => String(r.name));
    const declared = Object.values(createOwnTables('shop7_')).map((t) => getTableConfig(t).name);
    expect(names).toEqual([...declared, 'shop7_meschain_ozon_migrations'].sort());
    expect(rows.every((r) => r.engine === 'InnoDB')).toBe(true);
  });

  it('is a no-op the second time', async () => {
    expect(await migrate(store.pool, 'shop7_')).toEqual({ applied: [] });
  });

  it('resumes after the statement where an earlier run stopped', async () => {
    // As if the bridge died right after the third statement: what follows it never ran.
    await store.pool.query('DROP TABLE shop7_meschain_ozon_log');
    await store.pool.query('DROP INDEX shop7_meschain_ozon_jobs_state_idx ON shop7_meschain_ozon_jobs');
    await store.pool.query(
      'DROP INDEX shop7_meschain_ozon_store_events_pending_idx ON shop7_meschain_ozon_store_events',
    );
    await store.pool.query(
      `UPDATE shop7_meschain_ozon_migrations SET statements_applied = 3 WHERE tag = '0000_foundation'`,
    );
    const result = await migrate(store.pool, 'shop7_');
    expect(result.applied).toEqual(['0000_foundation']);
    const [rows] = await store.pool.query<RowDataPacket[]>(
      `SELECT COUNT(*) AS n FROM information_schema.statistics
        WHERE table_schema = DATABASE() AND table_name = 'shop7_meschain_ozon_log' AND index_name LIKE 'shop7_%'`,
    );
    expect(Number(rows[0]?.n)).toBe(4);
  });

  it('accepts the one statement that ran before a crash kept it from being recorded', async () => {
    const setLedger = (applied: number) =>
      store.pool.query(
        `UPDATE shop7_meschain_ozon_migrations SET statements_applied = ? WHERE tag = '0000_foundation'`,
        [applied],
      );
    // Died after the last CREATE INDEX ran, before it was written down: the index exists, the ledger says 8.
    await setLedger(8);
    expect(await migrate(store.pool, 'shop7_')).toEqual({ applied: ['0000_foundation'] });
    // Died after CREATE TABLE log (statement 3) ran unrecorded: the table exists, its indexes were never made.
    for (const [index, table] of [
      ['jobs_state_idx', 'jobs'],
      ['store_events_pending_idx', 'store_events'],
      ['log_at_idx', 'log'],
      ['log_level_at_idx', 'log'],
      ['log_job_idx', 'log'],
    ]) {
      await store.pool.query(`DROP INDEX shop7_meschain_ozon_${index} ON shop7_meschain_ozon_${table}`);
    }
    await setLedger(3);
    expect(await migrate(store.pool, 'shop7_')).toEqual({ applied: ['0000_foundation'] });
    const [rows] = await store.pool.query<RowDataPacket[]>(
      `SELECT COUNT(*) AS n FROM information_schema.statistics
        WHERE table_schema = DATABASE() AND table_name = 'shop7_meschain_ozon_log' AND index_name LIKE 'shop7_%'`,
    );
    expect(Number(rows[0]?.n)).toBe(4);
    expect(await migrate(store.pool, 'shop7_')).toEqual({ applied: [] });
  });

  it('still fails when more than the one unrecorded statement exists (a wrong ledger, not a crash)', async () => {
    const setLedger = (applied: number | 'all') =>
      store.pool.query(
        `UPDATE shop7_meschain_ozon_migrations SET statements_applied = ${applied === 'all' ? 'statements_total' : '?'}
          WHERE tag = '0000_foundation'`,
        applied === 'all' ? [] : [applied],
      );
    await setLedger(0);
    // Statement 0 may have run unrecorded; statement 1's table existing cannot be explained by a crash.
    await expect(migrate(store.pool, 'shop7_')).rejects.toMatchObject({ code: 'ER_TABLE_EXISTS_ERROR' });
    await setLedger('all');
    expect(await migrate(store.pool, 'shop7_')).toEqual({ applied: [] });
  });

  it('rewrites the generated prefix everywhere, index names included', () => {
    expect(adaptStatement('CREATE INDEX `oc_meschain_ozon_x` ON `oc_meschain_ozon_y` (`a`);', 'p_')).toBe(
      'CREATE INDEX `p_meschain_ozon_x` ON `p_meschain_ozon_y` (`a`);',
    );
    expect(adaptStatement('CREATE TABLE `oc_meschain_ozon_t` (\n`a` int\n);', 'q_')).toBe(
      'CREATE TABLE `q_meschain_ozon_t` (\n`a` int\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;',
    );
  });
});
