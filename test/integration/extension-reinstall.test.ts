import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureSharedSecret } from '../../bridge/src/security/shared-secret';
import { realOpencartSqlAvailable } from '../harness/opencart-sql';
import { createTestStore, type TestStore } from '../harness/test-store';
import { PHP_TEST_DIR, STRICT_PHP_FLAGS } from '../php/php-runner';

/*
 * Uninstalling and installing the module again under Extensions > Modules, with the real controller and model in
 * php-cli against a real OpenCart schema (test/php/module_lifecycle_db.php does OpenCart's part of each step).
 * The README promises the shared secret is never replaced; the bridge URL a merchant set must survive as well.
 * (The real-store e2e suite, test/opencart-e2e/, does the same through OpenCart's own admin pages.)
 */

interface SettingRow {
  readonly code: string;
  readonly key: string;
  readonly value: string;
}
type Steps = Record<'installed' | 'uninstalled' | 'reinstalled', SettingRow[]>;

const SECRET_KEY = 'module_meschain_ozon_bridge_secret';
const URL_KEY = 'module_meschain_ozon_bridge_url';

function runLifecycle(store: TestStore, scenario: string): Steps {
  const url = new URL(store.databaseUrl);
  const result = spawnSync('php', [...STRICT_PHP_FLAGS, `${PHP_TEST_DIR}module_lifecycle_db.php`, scenario], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DB_HOST: url.hostname,
      DB_PORT: url.port || '3306',
      DB_USER: decodeURIComponent(url.username),
      DB_PASS: decodeURIComponent(url.password),
      DB_NAME: store.databaseName,
      DB_PREFIX: store.prefix,
    },
  });
  if (result.status !== 0 || result.stderr.trim() !== '') {
    throw new Error(`php failed (${String(result.status)}): ${result.stderr}${result.stdout}`);
  }
  return JSON.parse(result.stdout) as Steps;
}

const valuesOf = (rows: readonly SettingRow[], key: string): string[] =>
  rows.filter((row) => row.key === key).map((row) => row.value);

describe.skipIf(!realOpencartSqlAvailable())('the module uninstalled and installed again', () => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.destroy();
    store = undefined;
  });

  for (const scenario of ['reinstall', 'reinstall-remove-data', 'installed-by-earlier-version']) {
    it(`keeps the shared secret and the bridge URL (${scenario})`, async () => {
      store = await createTestStore({ schema: 'opencart-sql' });
      const steps = runLifecycle(store, scenario);
      const [secret] = valuesOf(steps.installed, SECRET_KEY);
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(valuesOf(steps.installed, URL_KEY)).toEqual(['http://127.0.0.1:7421']);
      for (const step of ['uninstalled', 'reinstalled'] as const) {
        expect(valuesOf(steps[step], SECRET_KEY), step).toEqual([secret]);
        expect(valuesOf(steps[step], URL_KEY), step).toEqual(['http://127.0.0.1:7421']);
      }
      // The rest of the module's settings go with it, and come back with their defaults.
      expect(steps.uninstalled.map((row) => row.key).sort()).toEqual([SECRET_KEY, URL_KEY]);
      expect(valuesOf(steps.reinstalled, 'module_meschain_ozon_status')).toEqual(['1']);
    });
  }

  it('keeps a secret the bridge created before the module was installed', async () => {
    store = await createTestStore({ schema: 'opencart-sql' });
    const fromBridge = await ensureSharedSecret(store);
    const steps = runLifecycle(store, 'reinstall');
    for (const step of ['installed', 'uninstalled', 'reinstalled'] as const) {
      expect(valuesOf(steps[step], SECRET_KEY), step).toEqual([fromBridge]);
    }
  });
});
