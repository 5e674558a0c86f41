import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/** What OpenCart's htmlspecialchars writes (and `&#39;`, which other tools write), each with what was typed. */
const REFERENCES: ReadonlyArray<readonly [string, string]> = [
  ['&quot;', '"'],
  ['&#039;', "'"],
  ['&#39;', "'"],
  ['&lt;', '<'],
  ['&gt;', '>'],
  // Last: "&amp;lt;" must become "&lt;" (what the merchant typed), never "<".
  ['&amp;', '&'],
];

/**
 * A stored OpenCart text column as the merchant typed it, in SQL: names and models are kept HTML-escaped
 * (`Apple Cinema 30&quot;`), so a search for `30"` must compare against the decoded text, and a search for
 * "quot" must not find every name with a quote in it.
 */
export function typedTextSql(column: AnyColumn): SQL {
  let expression: SQL = sql`${column}`;
  for (const [reference, typed] of REFERENCES) {
    expression = sql`REPLACE(${expression}, ${reference}, ${typed})`;
  }
  return expression;
}
