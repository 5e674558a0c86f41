import { DomainError } from '../shared/domain-error';

/** Tracks work in flight so that shutdown can stop taking new work and wait for what is running. */
export interface Lifecycle {
  readonly draining: boolean;
  /** Runs `work` as in-flight work; refused once draining has begun. */
  track<T>(work: () => Promise<T>): Promise<T>;
  /** Aborted when the bridge starts to shut down; long jobs checkpoint and stop on it. */
  readonly signal: AbortSignal;
}

/** A Lifecycle with `drain()`, which stops new work and resolves when running work ends or the timeout passes. */
export function createLifecycle() {
  const inFlight = new Set<Promise<unknown>>();
  const controller = new AbortController();
  let draining = false;
  const lifecycle: Lifecycle & { drain(timeoutMs: number): Promise<{ unfinished: number }> } = {
    get draining() {
      return draining;
    },
    signal: controller.signal,
    track<T>(work: () => Promise<T>): Promise<T> {
      if (draining) {
        return Promise.reject(
          new DomainError('SHUTTING_DOWN', 'the bridge is shutting down; try again when it is back'),
        );
      }
      const running = work();
      inFlight.add(running);
      const forget = (): void => {
        inFlight.delete(running);
      };
      running.then(forget, forget);
      return running;
    },
    async drain(timeoutMs: number) {
      draining = true;
      controller.abort(new Error('bridge shutting down'));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
      return { unfinished: inFlight.size };
    },
  };
  return lifecycle;
}
