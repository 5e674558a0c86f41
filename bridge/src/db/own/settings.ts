import { datetime, json, type MySqlTableFn, varchar } from 'drizzle-orm/mysql-core';

/** The bridge's own settings (Ozon credentials, sync options). Values are JSON; secrets are never read back out. */
export function settingsTable(table: MySqlTableFn) {
  return table('settings', {
    key: varchar('key', { length: 64 }).primaryKey(),
    value: json('value').notNull(),
    updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull(),
  });
}
