import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { z } from 'zod';
import { withNamedLock } from './named-lock';
import { OWN_TABLE_INFIX } from './own/index';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle/migrations', import.meta.url));
/** drizzle-kit bakes this prefix into the SQL; every store gets its own. */
const GENERATED_PREFIX = `oc_${OWN_TABLE_INFIX}`;

const journalSchema = z.object({
  entries: z.array(z.object({ idx: z.number(), tag: z.string() })),
});

interface Migration {
  readonly tag: string;
  readonly hash: string;
  readonly statements: readonly string[];
}

/** Rewrites one generated statement for this store: its prefix, and InnoDB whatever the server's default. */
export function adaptStatement(sql: string, prefix: string): string {
  const prefixed = sql.split(GENERATED_PREFIX).join(`${prefix}${OWN_TABLE_INFIX}`).trim();
  if (/^CREATE TABLE/i.test(prefixed) && prefixed.endsWith(');')) {
    return `${prefixed.slice(0, -1)} ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;`;
  }
  return prefixed;
}

async function loadMigrations(prefix: string): Promise<Migration[]> {
  const journal = journalSchema.parse(
    JSON.parse(await readFile(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')),
  );
  const ordered = [...journal.entries].sort((a, b) => a.idx - b.idx);
  return Promise.all(
    ordered.map(async ({ tag }) => {
      const sql = await readFile(path.join(MIGRATIONS_DIR, `${tag}.sql`), 'utf8');
      const statements = sql
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
        .map((s) => adaptStatement(s, prefix));
      return { tag, hash: createHash('sha256').update(sql).digest('hex'), statements };
    }),
  );
}

/**
 * Errors of a DDL statement that had already taken effect: table, column or index exists, or was dropped.
 * Only the first statement a run attempts in a migration can meet one, when the bridge died between running it
 * and recording it.
 */
const ALREADY_APPLIED = new Set([
  'ER_TABLE_EXISTS_ERROR',
  'ER_BAD_TABLE_ERROR',
  'ER_DUP_FIELDNAME',
  'ER_DUP_KEYNAME',
  'ER_CANT_DROP_FIELD_OR_KEY',
  'ER_FK_DUP_NAME',
]);

function alreadyApplied(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    ALREADY_APPLIED.has(error.code)
  );
}

/**
 * Applies the generated migrations in order. MySQL cannot roll DDL back, so progress is recorded after every
 * statement: a bridge killed half-way through a migration resumes at the next statement instead of failing
 * on a table that already exists, and the one statement that may have run unrecorded is accepted as done when
 * the server says so. A named lock keeps two bridges from migrating at once.
 */
export async function migrate(pool: Pool, prefix: string): Promise<{ applied: string[] }> {
  const ledger = `${prefix}${OWN_TABLE_INFIX}migrations`;
  return withNamedLock(pool, `${ledger}_lock`, 60, async (connection) => {
    await connection.query(
      `CREATE TABLE IF NOT EXISTS \`${ledger}\` (
        tag varchar(128) NOT NULL PRIMARY KEY,
        hash char(64) NOT NULL,
        statements_applied int NOT NULL,
        statements_total int NOT NULL,
        applied_at datetime(3) NOT NULL
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    const [doneRows] = await connection.query<RowDataPacket[]>(
      `SELECT tag, statements_applied, statements_total FROM \`${ledger}\``,
    );
    const progress = new Map(doneRows.map((r) => [String(r.tag), Number(r.statements_applied)]));
    const applied: string[] = [];
    for (const migration of await loadMigrations(prefix)) {
      const start = progress.get(migration.tag) ?? 0;
      if (start >= migration.statements.length) {
        continue;
      }
      for (let i = start; i < migration.statements.length; i++) {
        await connection.query(migration.statements[i] ?? '').catch((error: unknown) => {
          if (!(i === start && alreadyApplied(error))) {
            throw error;
          }
        });
        await connection.query(
          `INSERT INTO \`${ledger}\` (tag, hash, statements_applied, statements_total, applied_at)
           VALUES (?, ?, ?, ?, UTC_TIMESTAMP(3))
           ON DUPLICATE KEY UPDATE statements_applied = VALUES(statements_applied), applied_at = VALUES(applied_at)`,
          [migration.tag, migration.hash, i + 1, migration.statements.length],
        );
      }
      applied.push(migration.tag);
    }
    return { applied };
  });
}
