export { chunk, OZON_BATCH_MAX } from './batches';
export type { LimitsConfig } from './limiter-set';
export { defaultLimits, LimiterSet, OZON_MAX_RPS } from './limiter-set';
export type { ReleaseSlot, WindowLimit } from './sliding-window-limiter';
export { SlidingWindowLimiter } from './sliding-window-limiter';
