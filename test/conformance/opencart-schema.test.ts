import { getTableConfig } from 'drizzle-orm/mysql-core';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpencartTables } from '../../bridge/src/db/opencart/index';
import { type ColumnShape, readColumns } from '../harness/columns';
import { realOpencartSqlAvailable } from '../harness/opencart-sql';
import { createTestStore, TEST_TABLE_PREFIX, type TestStore } from '../harness/test-store';

const declared = Object.values(createOpencartTables(TEST_TABLE_PREFIX)).map((t) => getTableConfig(t));

describe.skipIf(!realOpencartSqlAvailable())(
  'OpenCart schema conformance (against the real install SQL)',
  () => {
    let real: TestStore;
    let fixture: TestStore;
    let realColumns: Map<string, Map<string, ColumnShape>>;
    let fixtureColumns: Map<string, Map<string, ColumnShape>>;

    beforeAll(async () => {
      real = await createTestStore({ schema: 'opencart-sql', migrate: false });
      fixture = await createTestStore({ schema: 'fixture', migrate: false });
      realColumns = await readColumns(real.pool);
      fixtureColumns = await readColumns(fixture.pool);
    });
    afterAll(async () => {
      await real?.destroy();
      await fixture?.destroy();
    });

    it('declares at least the tables the sync reads', () => {
      expect(declared.length).toBeGreaterThanOrEqual(30);
    });

    it.each(declared.map((t) => [t.name, t] as const))(
      '%s: every declared column exists in OpenCart with the same type',
      (name, table) => {
        const realTable = realColumns.get(name);
        expect(realTable, `OpenCart has no table ${name}`).toBeDefined();
        for (const column of table.columns) {
          const actual = realTable?.get(column.name);
          expect(actual, `${name}.${column.name} is not in OpenCart's schema`).toBeDefined();
          expect(fixtureColumns.get(name)?.get(column.name), `${name}.${column.name} in the fixture`).toEqual(
            actual,
          );
          expect(column.notNull, `${name}.${column.name} nullability`).toBe(actual?.nullable === false);
        }
      },
    );

    it('the fixture has no table or column OpenCart lacks', () => {
      for (const [table, columns] of fixtureColumns) {
        for (const [column, shape] of columns) {
          expect(realColumns.get(table)?.get(column), `${table}.${column}`).toEqual(shape);
        }
      }
    });

    it('OpenCart creates its tables under the chosen prefix only', () => {
      const names = [...realColumns.keys()];
      expect(names.length).toBeGreaterThan(100);
      expect(names.every((n) => n.startsWith(TEST_TABLE_PREFIX))).toBe(true);
    });

    it("declares OpenCart's secondary keys as OpenCart names them, so the fixture reads as fast as a real store", async () => {
      const [rows] = await real.pool.query<RowDataPacket[]>(
        `SELECT table_name AS t, index_name AS i, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS c
           FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name <> 'PRIMARY'
          GROUP BY table_name, index_name`,
      );
      const realKeys = new Set(rows.map((r) => `${String(r.t)}.${String(r.i)}(${String(r.c)})`));
      const declaredKeys = declared.flatMap((t) =>
        t.indexes.map(
          (i) =>
            `${t.name}.${i.config.name}(${i.config.columns.map((c) => ('name' in c ? c.name : '')).join(',')})`,
        ),
      );
      expect(declaredKeys.length).toBeGreaterThanOrEqual(5);
      for (const key of declaredKeys) {
        expect(realKeys.has(key), key).toBe(true);
      }
    });
  },
);
