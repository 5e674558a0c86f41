import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../bridge/src/config/load';
import type { BridgeConfig } from '../../bridge/src/config/schema';
import { type RunningBridge, type StartOptions, startBridge } from '../../bridge/src/server/start';
import { createTestStore, type TestStore } from './test-store';

/**
 * The bridge's configuration for a test store, parsed the way `serve` parses its flags (so the tests go through
 * the real config schema), on a free port and with nothing from the environment. `flags` adds or overrides.
 */
export function testBridgeConfig(
  store: TestStore,
  flags: Readonly<Record<string, string>> = {},
): Promise<BridgeConfig> {
  return loadConfig({
    flags: { 'database-url': store.databaseUrl, 'table-prefix': store.prefix, port: '0', ...flags },
    env: {},
  });
}

/** A real bridge over a test store, listening on a free loopback port; call `stop()` in afterAll. */
export async function startTestBridge(store: TestStore, options: StartOptions = {}): Promise<RunningBridge> {
  return startBridge(await testBridgeConfig(store), options);
}

/**
 * A fresh test store with a bridge on it for the tests of one file: made before them, stopped and dropped after.
 * Read `store` and `bridge` inside the tests (they are set once the file's beforeAll has run).
 */
export function bridgeForTheseTests(options: StartOptions = {}): { store: TestStore; bridge: RunningBridge } {
  const held = {} as { store: TestStore; bridge: RunningBridge };
  beforeAll(async () => {
    held.store = await createTestStore();
    held.bridge = await startTestBridge(held.store, options);
  });
  afterAll(async () => {
    await held.bridge?.stop();
    await held.store?.destroy();
  });
  return held;
}
