import { getTableConfig } from 'drizzle-orm/mysql-core';
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
  },
);
