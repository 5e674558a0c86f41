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

export interface BridgeFixture {
  readonly store: TestStore;
  readonly bridge: RunningBridge;
  /** The shared secret the bridge signs and verifies with. */
  readonly secret: string;
}

/**
 * A fresh test store and a real bridge over it for the enclosing describe block: started in beforeAll, stopped
 * and dropped in afterAll. Read the fields inside tests, once beforeAll has run.
 */
export function useTestBridge(options: StartOptions = {}): BridgeFixture {
  let store: TestStore | undefined;
  let bridge: RunningBridge | undefined;
  let secret = '';
  beforeAll(async () => {
    store = await createTestStore();
    bridge = await startTestBridge(store, options);
    secret = await bridge.services.secrets.current();
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) {
      throw new Error(`the test ${what} is not started yet (read it inside a test)`);
    }
    return value;
  };
  return {
    get store() {
      return started(store, 'store');
    },
    get bridge() {
      return started(bridge, 'bridge');
    },
    get secret() {
      return secret;
    },
  };
}
