import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { readOptionDigests, readProductDigests } from '../../bridge/src/catalog/source/product-digests';
import { SOURCE_COLUMNS } from '../../bridge/src/catalog/source/read-products';
import { loadStoreContext } from '../../bridge/src/catalog/source/store-context';
import { createTestStore, type TestStore } from '../harness/test-store';

/** Every table and column a product's export reads, with the table's own name. */
const READ: ReadonlyArray<readonly [table: string, columns: readonly string[]]> = [
  ['product', SOURCE_COLUMNS.product.map(([c]) => c)],
  ['product_description', SOURCE_COLUMNS.description.map(([c]) => c)],
  ['product_image', SOURCE_COLUMNS.image.map(([c]) => c)],
  ['product_attribute', SOURCE_COLUMNS.attribute.map(([c]) => c)],
  ['product_option', SOURCE_COLUMNS.option.map(([c]) => c)],
  ['product_option_value', SOURCE_COLUMNS.optionValue.map(([c]) => c)],
  ['product_to_category', ['category_id']],
  ['product_to_store', ['store_id']],
];

/** A change of a value that keeps it valid for its column's type (and its key unique). */
function changed(column: string, type: string): string {
  if (column.endsWith('_prefix')) {
    return `IF(${column} = '-', '+', '-')`;
  }
  if (type === 'date' || type === 'datetime') {
    return `${column} + INTERVAL 1 DAY`;
  }
  if (['int', 'tinyint', 'smallint', 'decimal', 'bigint'].includes(type)) {
    return `${column} + 100000`;
  }
  return `CONCAT(IFNULL(${column}, ''), 'x')`;
}

describe('product digests', () => {
  let store: TestStore;
  let languageId: number;

  /** Every product's digest as a whole-catalogue run sees it. */
  const digests = async (): Promise<Map<number, string>> => {
    const page = await readProductDigests(store, languageId, {
      afterId: 0,
      limit: 1000,
      onlyIds: undefined,
      attributeIds: undefined,
      optionDigests: await readOptionDigests(store),
    });
    return new Map(page.digests.map((d) => [d.productId, JSON.stringify([d.digest, d.specials])]));
  };

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 40, force: true });
    languageId = (await loadStoreContext(store, { languageCode: 'ru-ru' })).languageId;
  }, 60_000);
  afterAll(async () => store?.destroy());

  it('change when any column the export reads changes, for that product alone', async () => {
    const t = (name: string): string => `\`${store.prefix}${name}\``;
    for (const [table, columns] of READ) {
      for (const column of columns) {
        const [[info]] = await store.pool.query<Array<{ type: string } & RowDataPacket>>(
          `SELECT DATA_TYPE AS type FROM information_schema.COLUMNS
           WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?`,
          [`${store.prefix}${table}`, column],
        );
        // The rows in the language the export reads (other languages are not read, so change nothing).
        const language = ['product_description', 'product_attribute'].includes(table)
          ? ` AND language_id = ${languageId}`
          : '';
        const [[row]] = await store.pool.query<Array<{ productId: number } & RowDataPacket>>(
          `SELECT product_id AS productId FROM ${t(table)} WHERE 1${language} ORDER BY product_id DESC LIMIT 1`,
        );
        expect(info, `${table}.${column}`).toBeDefined();
        expect(row, table).toBeDefined();
        const before = await digests();
        await store.pool.query(
          `UPDATE ${t(table)} SET ${column} = ${changed(column, info?.type ?? '')} WHERE product_id = ?${language} LIMIT 1`,
          [row?.productId],
        );
        const after = await digests();
        const differing = [...after.keys()].filter((id) => after.get(id) !== before.get(id));
        expect(differing, `${table}.${column}`).toEqual([row?.productId]);
      }
    }
  });

  it('change when a special is added', async () => {
    const before = await digests();
    await store.pool.query(
      `INSERT INTO \`${store.prefix}product_special\` (product_id, customer_group_id, priority, price, date_start, date_end)
       VALUES (3, 1, 1, 1.00, '0000-00-00', '0000-00-00')`,
    );
    const after = await digests();
    expect([...after.keys()].filter((id) => after.get(id) !== before.get(id))).toEqual([3]);
  });
});
