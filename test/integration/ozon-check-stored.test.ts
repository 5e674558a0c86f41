import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RunningOzonEmulator,
  startOzonEmulator,
} from '../../bridge/scaffold/ozon-emulator/start-emulator';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { PROJECT_ROOT } from '../harness/opencart-sql';
import { createTestStore, type TestStore } from '../harness/test-store';

const BIN = path.join(PROJECT_ROOT, 'bridge', 'bin', 'meschain-ozon.mjs');
const credentials = { clientId: '424242', apiKey: 'stored-key-7f3a9c1e' };

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('meschain-ozon ozon check with the credentials saved in the bridge', () => {
  let store: TestStore;
  let emulator: RunningOzonEmulator;
  beforeAll(async () => {
    store = await createTestStore();
    emulator = await startOzonEmulator({ port: 0, credentials: [credentials] });
  });
  /** `ozon check` naming the test store, so it reads the credentials saved there. */
  const checkStored = () =>
    run(['ozon', 'check', '--database-url', store.databaseUrl, '--table-prefix', store.prefix]);
  afterAll(async () => {
    await emulator?.close();
    await store?.destroy();
  });

  it('says the saved key works, lists its roles and never prints the key', async () => {
    await writeOzonSettings(store, { ...credentials, apiUrl: emulator.url });
    const result = await checkStored();
    expect(result.output).toContain('Ozon API key works');
    expect(result.output).toMatch(/day\(s\) left/);
    expect(result.output).not.toContain(credentials.apiKey);
    expect(result.code).toBe(0);
  });

  it('says a wrong saved key does not work, with Ozon’s own error', async () => {
    await writeOzonSettings(store, { apiKey: 'another-wrong-key-123' });
    const result = await checkStored();
    expect(result.output).toContain('does NOT work: HTTP 404, code 5: Invalid Api-Key');
    expect(result.code).toBe(1);
  });
});
