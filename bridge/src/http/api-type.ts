import type { createApp } from './app';

/**
 * The bridge's HTTP app as a type: every route with its input (path, query, JSON body) and its answer. The panel's
 * client is derived from it (`hc<AppType>`), with a type-only import that the bundle never sees.
 */
export type AppType = ReturnType<typeof createApp>;
