import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'mysql2/promise';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * OpenCart 3 as released (install SQL, release trees and the rig that installs them), beside the project on
 * developer and CI machines; absent on a merchant's.
 */
export const SHARED_OPENCART_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'opencart-3');

/** OpenCart 3's own install SQL. */
export const REAL_OPENCART_SQL = path.join(SHARED_OPENCART_DIR, 'opencart.sql');

export function realOpencartSqlAvailable(): boolean {
  return existsSync(REAL_OPENCART_SQL);
}

/**
 * Splits OpenCart's install SQL into statements under another table prefix, the way OpenCart's installer does:
 * comment lines are skipped, and the prefix is rewritten only where a statement names its table.
 */
export function opencartStatements(sql: string, prefix: string): string[] {
  const statements: string[] = [];
  let current = '';
  for (const rawLine of sql.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.startsWith('--') || line.startsWith('#') || line.trim() === '') {
      continue;
    }
    current += `${line
      .replace(/^DROP TABLE IF EXISTS `oc_/, `DROP TABLE IF EXISTS \`${prefix}`)
      .replace(/^CREATE TABLE `oc_/, `CREATE TABLE \`${prefix}`)
      .replace(/^INSERT INTO `oc_/, `INSERT INTO \`${prefix}`)}\n`;
    if (line.trimEnd().endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  return statements;
}

/** Loads the real OpenCart 3 schema and default data into the connection's database. */
export async function loadRealOpencartSchema(connection: Connection, prefix: string): Promise<void> {
  const statements = opencartStatements(await readFile(REAL_OPENCART_SQL, 'utf8'), prefix);
  // One round trip per few hundred statements: the file has about 8,000 lines.
  for (let i = 0; i < statements.length; i += 200) {
    await connection.query(statements.slice(i, i + 200).join('\n'));
  }
}
