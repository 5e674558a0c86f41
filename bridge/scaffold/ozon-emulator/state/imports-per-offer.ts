import { isDeepStrictEqual } from 'node:util';
import type { EmulatorState } from './types';

/** How many import tasks the account accepted carrying each offer_id (a task Ozon never created counts nothing). */
export function importsPerOffer(state: EmulatorState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of state.tasks.values()) {
    for (const item of task.items) {
      const offerId = item.offer_id ?? '';
      counts.set(offerId, (counts.get(offerId) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Offers imported twice: the same card (the same item, byte for byte) carried by a second accepted task while an
 * earlier task with it had landed or was still held in the queue. An earlier task that failed the item does not
 * count (sending it again was the only way on), nor does a later task with changed content (an update). With
 * `afterTaskId`, only second copies in later tasks than that one are looked for (the earlier copy may be older).
 */
export function doubledOffers(state: EmulatorState, afterTaskId = 0): string[] {
  const seen = new Map<string, Array<{ item: unknown; failed: boolean }>>();
  const doubled = new Set<string>();
  const tasks = [...state.tasks.values()].sort((a, b) => a.taskId - b.taskId);
  for (const task of tasks) {
    task.items.forEach((item, index) => {
      const offerId = item.offer_id ?? '';
      const earlier = seen.get(offerId) ?? [];
      if (task.taskId > afterTaskId && earlier.some((e) => !e.failed && isDeepStrictEqual(e.item, item))) {
        doubled.add(offerId);
      }
      // A task still pending may yet land: it counts as landed until Ozon says otherwise.
      earlier.push({ item, failed: task.outcomes?.[index]?.status === 'failed' });
      seen.set(offerId, earlier);
    });
  }
  return [...doubled].sort();
}
