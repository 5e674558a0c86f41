import { type ReadonlySignal, signal } from '@preact/signals';
import { PanelApiError } from '../api/errors';
import type { Transport } from '../api/transport';

/** Whether the panel reaches the bridge, as every call finds out. */
export interface Connection {
  /** The last failure to reach the bridge; undefined while calls get through. */
  readonly down: ReadonlySignal<PanelApiError | undefined>;
  /** True once any call got through since the page loaded. */
  readonly reached: ReadonlySignal<boolean>;
  /** Counts the times the bridge came back after being down (pages remount on it and load again). */
  readonly recoveries: ReadonlySignal<number>;
}

/**
 * Wraps the transport so that one place knows whether the bridge answers: a BRIDGE_UNAVAILABLE failure marks it
 * down, a successful answer marks it up again (other errors say nothing either way: the proxy may refuse a call
 * before the bridge is asked). The pages then show one notice instead of one per widget.
 */
export function watchConnection(transport: Transport): { transport: Transport; connection: Connection } {
  const down = signal<PanelApiError | undefined>(undefined);
  const reached = signal(false);
  const recoveries = signal(0);
  const up = (): void => {
    reached.value = true;
    if (down.value !== undefined) {
      down.value = undefined;
      recoveries.value += 1;
    }
  };
  const watched: Transport = async (method, path, options) => {
    try {
      const response = await transport(method, path, options);
      up();
      return response;
    } catch (error) {
      if (error instanceof PanelApiError && error.code === 'BRIDGE_UNAVAILABLE') {
        down.value = error;
      }
      throw error;
    }
  };
  return { transport: watched, connection: { down, reached, recoveries } };
}
