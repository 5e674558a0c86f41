import { lt } from 'drizzle-orm';
import type { Services } from '../services/services';

/** How long store events are kept: long enough to look into a week's problems, short enough to stay small. */
export const STORE_EVENT_RETENTION_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Deletes store events older than the retention. Until automatic sync consumes them, the queue is a record of
 * what the store reported; without this it would grow with every order and product edit, forever.
 */
export async function pruneStoreEvents(services: Pick<Services, 'store' | 'clock' | 'log'>): Promise<number> {
  const table = services.store.own.storeEvents;
  const before = new Date(services.clock.now() - STORE_EVENT_RETENTION_MS);
  const [result] = await services.store.db.delete(table).where(lt(table.receivedAt, before));
  if (result.affectedRows > 0) {
    await services.log.write({
      level: 'info',
      kind: 'system',
      message: `removed ${result.affectedRows} store event(s) older than 14 days`,
    });
  }
  return result.affectedRows;
}

/** Prunes now and then every six hours while the bridge runs; the timer never keeps the process alive. */
export function schedulePruning(services: Pick<Services, 'store' | 'clock' | 'log'>): () => void {
  const run = (): void => {
    pruneStoreEvents(services).catch((error: unknown) => {
      console.error('pruning store events failed:', error instanceof Error ? error.message : error);
    });
  };
  run();
  const timer = setInterval(run, 6 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
