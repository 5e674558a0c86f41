import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { ResultSetHeader } from 'mysql2';
import type { HeldDecision } from '../../contract/offers';
import type { StoreDb } from '../../db/connection';

/** Why the approved value is due, in the row's `reason`. */
export const APPROVED_REASON = 'approved by the merchant';

/**
 * The merchant's answer to held price changes. Approve: the held price becomes `approved_price` (sent despite the
 * guardrail, and not held again) and is due now. Reject: it becomes `rejected_price` (not sent, and not held again
 * while the store says the same) and nothing is due. Either way the hold ends. Rows named that no longer hold a
 * price (decided meanwhile, or changed by the store) are left alone and not counted.
 *
 * One UPDATE written out, because its assignments must read `held_price` before clearing it: MariaDB assigns left
 * to right, and Drizzle's builder orders them as the table's columns, where `held_price` comes first.
 */
export async function decideHeldPrices(
  store: StoreDb,
  decision: HeldDecision,
  now: Date,
): Promise<{ decided: number }> {
  const t = store.own.offerPrices;
  const col = (column: { readonly name: string }) => sql.identifier(column.name);
  const named = or(
    ...decision.items.map((i) => and(eq(t.productId, i.productId), eq(t.variantKey, i.variantKey))),
  );
  const keep =
    decision.decision === 'approve'
      ? sql`${col(t.approvedPrice)} = ${col(t.heldPrice)}, ${col(t.dueAt)} = ${now}, ${col(t.reason)} = ${APPROVED_REASON}`
      : sql`${col(t.rejectedPrice)} = ${col(t.heldPrice)}, ${col(t.dueAt)} = NULL`;
  const [result] = await store.db.execute<ResultSetHeader>(
    sql`UPDATE ${t} SET ${keep}, ${col(t.heldPrice)} = NULL, ${col(t.heldOldPrice)} = NULL, ${col(t.heldAt)} = NULL,
      ${col(t.updatedAt)} = ${now} WHERE ${and(isNotNull(t.heldPrice), named)}`,
  );
  return { decided: result.affectedRows };
}
