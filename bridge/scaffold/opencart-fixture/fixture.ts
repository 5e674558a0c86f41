import { getTableConfig, type MySqlColumn, type MySqlTable } from 'drizzle-orm/mysql-core';
import { createOpencartTables } from '../../src/db/opencart/index';

function columnDdl(column: MySqlColumn): string {
  const parts = [`\`${column.name}\``, column.getSQLType()];
  parts.push(column.notNull ? 'NOT NULL' : 'DEFAULT NULL');
  const autoIncrement = 'autoIncrement' in column && column.autoIncrement === true;
  if (autoIncrement) {
    parts.push('AUTO_INCREMENT');
  } else if (column.default !== undefined && column.default !== null) {
    const value = column.default;
    parts.push(`DEFAULT ${typeof value === 'number' ? String(value) : `'${String(value)}'`}`);
  }
  return parts.join(' ');
}

/** CREATE TABLE for one declared OpenCart table, MyISAM like OpenCart's own installer makes them. */
export function tableDdl(table: MySqlTable): string {
  const config = getTableConfig(table);
  const lines = config.columns.map(columnDdl);
  const single = config.columns.filter((c) => c.primary).map((c) => c.name);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  const keyColumns = composite.length > 0 ? composite : single;
  if (keyColumns.length > 0) {
    lines.push(`PRIMARY KEY (${keyColumns.map((n) => `\`${n}\``).join(',')})`);
  }
  // OpenCart's secondary keys: without them reading a large catalogue scans whole tables.
  for (const key of config.indexes) {
    const columns = key.config.columns.map((c) => ('name' in c ? `\`${c.name}\`` : ''));
    lines.push(`KEY \`${key.config.name}\` (${columns.join(',')})`);
  }
  return `CREATE TABLE IF NOT EXISTS \`${config.name}\` (\n  ${lines.join(',\n  ')}\n) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`;
}

/**
 * The project's own OpenCart schema fixture: the tables the bridge declares, generated from those declarations,
 * so it cannot drift from them. test/conformance/opencart-schema.test.ts holds both to OpenCart's real install SQL.
 * Used where no OpenCart store exists yet (the demo, tests on a machine without the reference SQL).
 */
export function opencartFixtureDdl(prefix: string): string[] {
  return Object.values(createOpencartTables(prefix)).map((t) => tableDdl(t));
}
