/** One `product_special` row, as stored. */
export interface SpecialRow {
  readonly customerGroupId: number;
  readonly priority: number;
  readonly price: string;
  /** 'YYYY-MM-DD'; '0000-00-00' means no start. */
  readonly dateStart: string;
  /** 'YYYY-MM-DD'; '0000-00-00' means no end. */
  readonly dateEnd: string;
}

const OPEN = '0000-00-00';

/**
 * The special OpenCart's storefront shows today, applying its own rule (catalog/model/catalog/product.php):
 * for the customer group, `date_start` open or before now, `date_end` open or after now, lowest priority
 * number first, then the lowest price. OpenCart compares the DATE columns with NOW(), so a special ending
 * on a day is already over at that day's midnight and one starting on a day runs from just after midnight.
 *
 * @param now the store's current time as 'YYYY-MM-DD HH:MM:SS' (UTC in the bridge)
 */
export function activeSpecial(
  rows: readonly SpecialRow[],
  customerGroupId: number,
  now: string,
): SpecialRow | undefined {
  const midnight = (date: string): string => `${date} 00:00:00`;
  const running = rows.filter(
    (r) =>
      r.customerGroupId === customerGroupId &&
      (r.dateStart === OPEN || midnight(r.dateStart) < now) &&
      (r.dateEnd === OPEN || midnight(r.dateEnd) > now),
  );
  running.sort((a, b) => a.priority - b.priority || Number(a.price) - Number(b.price));
  return running[0];
}

/** A clock time as the 'YYYY-MM-DD HH:MM:SS' text the comparison above uses (UTC). */
export function sqlDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
