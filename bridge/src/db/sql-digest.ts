/*
 * Digests the database computes where rows lie, so that a run that only needs to know whether something changed
 * neither receives nor decodes the rows. CRC32, a fraction of MD5's cost, with the text's length beside it: a
 * change goes unseen only when both come out the same (1 in 4 billion for an edit that keeps the length). MySQL
 * and MariaDB both have every function used here.
 */

/**
 * A row's columns as one text: NULL as a NUL character (CONCAT_WS would skip it) and the columns joined by the
 * unit separator, a control character OpenCart's forms never store.
 */
function rowText(columns: readonly string[], alias: string): string {
  return `CONCAT_WS(CHAR(31), ${columns.map((column) => `IFNULL(${alias}.${column}, CHAR(0))`).join(', ')})`;
}

/** The digest of one row of these columns. */
export function rowDigest(columns: readonly string[], alias: string): string {
  const text = rowText(columns, alias);
  return `CONCAT(CRC32(${text}), '.', LENGTH(${text}))`;
}

/**
 * One digest of a group of rows, whatever their order: how many, the XOR of their CRC32s and their total length.
 * The rows of a group are unique (the tables' keys say so), so none cancels another; no GROUP_CONCAT, whose
 * length MySQL cuts at 1,024 bytes unless told otherwise.
 */
export function rowsDigest(columns: readonly string[], alias: string): string {
  const text = rowText(columns, alias);
  return `CONCAT(COUNT(*), '.', BIT_XOR(CRC32(${text})), '.', SUM(LENGTH(${text})))`;
}
