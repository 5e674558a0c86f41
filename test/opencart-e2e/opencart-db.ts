import { createHash, randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { OpencartSite } from './opencart-site';

export type Db = mysql.Connection;

/** Test users and groups carry this prefix so every run can remove the previous run's. */
export const TEST_NAME_PREFIX = 'e2e-mo-';

export function openDb(site: OpencartSite): Promise<Db> {
  return mysql.createConnection({
    host: site.db.host,
    port: site.db.port,
    user: site.db.user,
    password: site.db.password,
    database: site.db.database,
  });
}

export async function rows<T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  const [result] = await db.query(sql, params);
  return result as T[];
}

/**
 * Forgets every trace of an earlier run in OpenCart's own tables (module, events, settings, installer history,
 * test users), so the run starts like a store that never saw the module. The bridge's tables stay.
 */
export async function resetModule(db: Db, prefix: string): Promise<void> {
  const installs = await rows<{ id: number }>(
    db,
    `SELECT extension_install_id AS id FROM \`${prefix}extension_install\` WHERE filename = 'meschain_ozon.ocmod.zip'`,
  );
  for (const { id } of installs) {
    await db.query(`DELETE FROM \`${prefix}extension_path\` WHERE extension_install_id = ?`, [id]);
    await db.query(`DELETE FROM \`${prefix}extension_install\` WHERE extension_install_id = ?`, [id]);
  }
  await db.query(`DELETE FROM \`${prefix}extension\` WHERE type = 'module' AND code = 'meschain_ozon'`);
  await db.query(`DELETE FROM \`${prefix}event\` WHERE code LIKE 'meschain\\_ozon\\_%'`);
  await db.query(`DELETE FROM \`${prefix}setting\` WHERE \`key\` LIKE 'module\\_meschain\\_ozon\\_%'`);
  await db.query(`DELETE FROM \`${prefix}modification\` WHERE code = 'meschain_ozon'`);
  await db.query(`DELETE FROM \`${prefix}user\` WHERE username LIKE ?`, [`${TEST_NAME_PREFIX}%`]);
  await db.query(`DELETE FROM \`${prefix}user_group\` WHERE name LIKE ?`, [`${TEST_NAME_PREFIX}%`]);
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Adds a user group with exactly these permissions and one active user in it (OpenCart 3's salted SHA-1). */
export async function createUser(
  db: Db,
  prefix: string,
  name: string,
  password: string,
  permission: { access: string[]; modify: string[] },
): Promise<string> {
  const username = `${TEST_NAME_PREFIX}${name}`;
  const [group] = await db.query<mysql.ResultSetHeader>(
    `INSERT INTO \`${prefix}user_group\` (name, permission) VALUES (?, ?)`,
    [username, JSON.stringify(permission)],
  );
  const salt = randomBytes(5).toString('hex').slice(0, 9);
  await db.query(
    `INSERT INTO \`${prefix}user\` (user_group_id, username, password, salt, firstname, lastname, email, image, code, ip, status, date_added)
     VALUES (?, ?, ?, ?, 'E2E', 'User', ?, '', '', '', 1, NOW())`,
    [group.insertId, username, sha1(salt + sha1(salt + sha1(password))), salt, `${username}@example.com`],
  );
  return username;
}

/** Permissions of the store's Administrator group, as the basis for a narrower test group. */
export async function administratorPermissions(
  db: Db,
  prefix: string,
): Promise<{ access: string[]; modify: string[] }> {
  const [admin] = await rows<{ permission: string }>(
    db,
    `SELECT permission FROM \`${prefix}user_group\` WHERE user_group_id = 1`,
  );
  const parsed = JSON.parse(admin?.permission ?? '{}') as { access?: string[]; modify?: string[] };
  return { access: parsed.access ?? [], modify: parsed.modify ?? [] };
}

/**
 * Drops the bridge's own tables, so the bridge started next migrates from nothing: the store of a merchant who
 * never ran it. OpenCart's tables are untouched.
 */
export async function dropBridgeTables(db: Db, prefix: string): Promise<void> {
  const tables = await rows<Record<string, string>>(
    db,
    `SHOW TABLES LIKE '${prefix.replace(/_/g, '\\_')}meschain\\_ozon\\_%'`,
  );
  for (const row of tables) {
    const [name] = Object.values(row);
    if (name !== undefined) {
      await db.query(`DROP TABLE \`${name}\``);
    }
  }
}

const PACKAGE_COLUMNS = 'product_id, weight, weight_class_id, length, width, height, length_class_id';

/**
 * Remembers the package columns of some products and returns what puts them back, so a run that has the
 * merchant fill them in leaves OpenCart's demo data as it found it.
 */
export async function rememberPackageData(
  db: Db,
  prefix: string,
  productIds: readonly number[],
): Promise<() => Promise<void>> {
  const saved = await rows<Record<string, string | number>>(
    db,
    `SELECT ${PACKAGE_COLUMNS} FROM \`${prefix}product\` WHERE product_id IN (?)`,
    [productIds],
  );
  return async () => {
    for (const row of saved) {
      await db.query(
        `UPDATE \`${prefix}product\` SET weight = ?, weight_class_id = ?, length = ?, width = ?, height = ?, length_class_id = ? WHERE product_id = ?`,
        [
          row.weight,
          row.weight_class_id,
          row.length,
          row.width,
          row.height,
          row.length_class_id,
          row.product_id,
        ],
      );
    }
  };
}

/** A category's id by its name in the admin language (OpenCart stores names HTML-escaped, so both spellings). */
export async function categoryIdByName(db: Db, prefix: string, name: string): Promise<number> {
  const escaped = name.replace(/&/g, '&amp;');
  const [found] = await rows<{ category_id: number }>(
    db,
    `SELECT category_id FROM \`${prefix}category_description\` WHERE name IN (?, ?) ORDER BY category_id LIMIT 1`,
    [name, escaped],
  );
  if (!found) {
    throw new Error(`the store has no category named ${name}`);
  }
  return found.category_id;
}

/** Products directly in a category (what mapping that category sends), by id. */
export async function productsInCategory(db: Db, prefix: string, categoryId: number): Promise<number[]> {
  const found = await rows<{ product_id: number }>(
    db,
    `SELECT product_id FROM \`${prefix}product_to_category\` WHERE category_id = ? ORDER BY product_id`,
    [categoryId],
  );
  return found.map((row) => row.product_id);
}
