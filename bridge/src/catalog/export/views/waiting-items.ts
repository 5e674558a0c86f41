import { and, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { problemSchema } from '../../../contract/problems';
import type { StoreDb } from '../../../db/connection';
import { type ImportTaskRow, unresolvedImports } from '../state/import-log';

/** A group of Ozon items that have no outcome yet, and why. */
export interface WaitingGroup {
  readonly items: number;
  readonly why: string;
}

export interface WaitingItems {
  readonly total: number;
  readonly groups: readonly WaitingGroup[];
}

const problemList = z.array(problemSchema).nullable().catch(null);

/** Why the items of an import with unknown outcome wait, in the words of its record. */
function lostImportReason(row: ImportTaskRow): string {
  const lost =
    row.state === 'sending'
      ? `in import #${row.id}, whose answer was lost when the bridge stopped`
      : `in import #${row.id}, whose answer was lost (${row.error ?? 'no answer'})`;
  return `${lost}; Ozon shows none of them yet and may still hold it, so they are sent again only once Ozon has processed an import sent after it (or stayed silent far longer than it took for the ones before), never twice`;
}

/** Why a queued item that no open import carries is still waiting. */
function queuedReason(problems: z.infer<typeof problemList>): string {
  const note = problems?.find((p) => p.code === 'ozon_quota_used_up' || p.code === 'ozon_unavailable');
  return note
    ? `held back: ${note.message}`
    : 'not sent in this run (sending stopped before them); the next export sends them';
}

/** Why an item Ozon has (or is processing) waits. */
function onOzonReason(state: string): string {
  return state === 'sent'
    ? "sent: Ozon has not finished processing their import task (the next export's follow-up reads it)"
    : 'in moderation at Ozon, which can take up to a day (the next export or the bridge follows them)';
}

/**
 * The Ozon items (of `onlyIds`, or of the whole store) that have no outcome yet, grouped by why: in an import
 * whose answer was lost, held back by Ozon's quota or refusals, sent and not processed yet, or in moderation.
 * Live, failed and held-back-for-a-reason items have their outcome.
 */
export async function waitingItems(
  store: StoreDb,
  onlyIds: readonly number[] | undefined,
): Promise<WaitingItems> {
  const t = store.own.productState;
  const open = inArray(t.state, ['queued', 'sent', 'moderation']);
  const rows = await store.db
    .select({ state: t.state, importId: t.importId, problems: t.problems })
    .from(t)
    .where(onlyIds ? and(open, inArray(t.productId, onlyIds.length > 0 ? [...onlyIds] : [-1])) : open);
  const unresolved = new Map((await unresolvedImports(store)).map((r) => [r.id, r]));
  const groups = new Map<string, number>();
  for (const row of rows) {
    const lost = row.importId === null ? undefined : unresolved.get(row.importId);
    const why =
      row.state === 'queued'
        ? lost
          ? lostImportReason(lost)
          : queuedReason(problemList.parse(row.problems))
        : onOzonReason(row.state);
    groups.set(why, (groups.get(why) ?? 0) + 1);
  }
  return {
    total: rows.length,
    groups: [...groups].map(([why, items]) => ({ items, why })).sort((a, b) => b.items - a.items),
  };
}

/** "N items wait: …" for the end of a run, or undefined when every item has its outcome. */
export function describeWaiting(waiting: WaitingItems): string | undefined {
  if (waiting.total === 0) {
    return undefined;
  }
  const parts = waiting.groups.map((g) => `${g.items} ${g.why}`);
  return `${waiting.total} items wait:\n  - ${parts.join('\n  - ')}`;
}
