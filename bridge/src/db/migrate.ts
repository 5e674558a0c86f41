import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { z } from 'zod';
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
 * Applies the generated migrations in order. MySQL cannot roll DDL back, so progress is recorded after every
 * statement: a bridge killed half-way through a migration resumes at the next statement instead of failing
 * on a table that already exists. A named lock keeps two bridges from migrating at once.
 */
export async function migrate(pool: Pool, prefix: string): Promise<{ applied: string[] }> {
  const ledger = `${prefix}${OWN_TABLE_INFIX}migrations`;
  const connection = await pool.getConnection();
  const lockName = `${ledger}_lock`;
  try {
    const [lockRows] = await connection.query<RowDataPacket[]>('SELECT GET_LOCK(?, 60) AS got', [lockName]);
    if (lockRows[0]?.got !== 1) {
      throw new Error(
        `could not take the migration lock ${lockName} within 60 s: is another bridge migrating?`,
      );
    }
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
        await connection.query(migration.statements[i] ?? '');
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
  } finally {
    await connection.query('SELECT RELEASE_LOCK(?)', [lockName]).catch(() => undefined);
    connection.release();
  }
}
