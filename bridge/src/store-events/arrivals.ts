import { EventEmitter } from 'node:events';

/**
 * Tells this process's listeners that a store event was queued, so that work reacting to the store (stock on
 * Ozon within a second of a sale) starts at once instead of at its next look. Events queued by another process
 * are found by the listeners' own periodic look.
 */
export function createEventArrivals() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    notify(): void {
      emitter.emit('arrived');
    },
    /** Calls `listener` on every arrival until the returned function is called. */
    subscribe(listener: () => void): () => void {
      emitter.on('arrived', listener);
      return () => emitter.off('arrived', listener);
    },
  };
}

export type EventArrivals = ReturnType<typeof createEventArrivals>;
