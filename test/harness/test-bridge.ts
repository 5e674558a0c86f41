import { loadConfig } from '../../bridge/src/config/load';
import type { BridgeConfig } from '../../bridge/src/config/schema';
import { type RunningBridge, type StartOptions, startBridge } from '../../bridge/src/server/start';
import type { TestStore } from './test-store';

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
