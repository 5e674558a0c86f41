/*
 * The floor of the sync-products bench: what any exporter of the store must at least do, as a plain script (no
 * tsx, no bridge code): read every product with its description, images, attributes and categories, in keyset
 * pages on product_id, and hash each product's rows. Prints one JSON line: products, rows read, a digest of all.
 *
 * Usage: node plain-read.mjs <databaseUrl> <tablePrefix> <languageId>
 */
import { createHash } from 'node:crypto';
import mysql from 'mysql2/promise';

const PAGE = 1000;
const [databaseUrl, prefix, languageArg] = process.argv.slice(2);
if (!databaseUrl || prefix === undefined || !languageArg) {
  throw new Error('usage: plain-read.mjs <databaseUrl> <tablePrefix> <languageId>');
}
const languageId = Number(languageArg);
const t = (name) => `\`${prefix}${name}\``;
// A few connections, as the bridge's own product read sends a page's queries together: the floor should differ
// from the sync in the work done, not in how the same reads are scheduled.
const pool = mysql.createPool({ uri: databaseUrl, connectionLimit: 4 });

function byProduct(rows) {
  const out = new Map();
  for (const row of rows) {
    const list = out.get(row.product_id);
    if (list) {
      list.push(row);
    } else {
      out.set(row.product_id, [row]);
    }
  }
  return out;
}

const total = createHash('sha1');
let products = 0;
let rowsRead = 0;
let afterId = 0;
try {
  for (;;) {
    const [page] = await pool.query(
      `SELECT p.*, d.name, d.description, d.tag, d.meta_title, d.meta_description, d.meta_keyword
       FROM ${t('product')} p LEFT JOIN ${t('product_description')} d
         ON d.product_id = p.product_id AND d.language_id = ?
       WHERE p.product_id > ? ORDER BY p.product_id LIMIT ?`,
      [languageId, afterId, PAGE],
    );
    const first = page[0]?.product_id;
    const last = page.at(-1)?.product_id;
    if (first === undefined || last === undefined) {
      break;
    }
    const [[images], [attributes], [categories]] = await Promise.all([
      pool.query(`SELECT * FROM ${t('product_image')} WHERE product_id BETWEEN ? AND ?`, [first, last]),
      pool.query(
        `SELECT * FROM ${t('product_attribute')} WHERE product_id BETWEEN ? AND ? AND language_id = ?`,
        [first, last, languageId],
      ),
      pool.query(`SELECT * FROM ${t('product_to_category')} WHERE product_id BETWEEN ? AND ?`, [first, last]),
    ]);
    const detail = {
      images: byProduct(images),
      attributes: byProduct(attributes),
      categories: byProduct(categories),
    };
    for (const product of page) {
      const id = product.product_id;
      const rows = {
        product,
        images: detail.images.get(id) ?? [],
        attributes: detail.attributes.get(id) ?? [],
        categories: detail.categories.get(id) ?? [],
      };
      total.update(createHash('sha1').update(JSON.stringify(rows)).digest());
    }
    products += page.length;
    rowsRead += page.length + images.length + attributes.length + categories.length;
    afterId = last;
  }
} finally {
  await pool.end();
}
console.log(JSON.stringify({ products, rows: rowsRead, digest: total.digest('hex') }));
