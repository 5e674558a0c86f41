/**
 * Time as the sync and the Ozon emulator see it. Everything that waits or measures windows takes a Clock,
 * so that tests and benchmarks can run Ozon's real limits (80 stock requests a minute, 30 s per stock pair,
 * 10 price updates an hour) on a sped-up clock without changing any limit.
 */
export interface Clock {
  /** Milliseconds since the epoch, in this clock's time. */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time have passed. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function sleepReal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wall clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: sleepReal,
};

/**
 * A clock that runs `speed` times faster than the wall clock, starting at the wall clock's current time.
 * Two parties sharing one instance (client and emulator) agree on time exactly.
 */
export function createScaledClock(speed: number, origin: number = Date.now()): Clock {
  if (!(speed > 0)) {
    throw new RangeError(`clock speed must be positive, got ${speed}`);
  }
  const realStart = performance.now();
  return {
    now: () => origin + (performance.now() - realStart) * speed,
    sleep: (ms, signal) => sleepReal(ms / speed, signal),
  };
}
