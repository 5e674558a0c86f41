import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { type RunningOzonEmulator, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { createTestStore, type TestStore } from '../harness/test-store';
import { sentOffers } from './export-bridge';
import { EMULATOR_CREDENTIALS, storeFlags } from './export-fixture';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bridge', 'bin', 'meschain-ozon.mjs');

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
}

function startExport(
  store: TestStore,
  extra: readonly string[] = [],
): { child: ChildProcess; exited: Promise<Exit> } {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'sync',
      'products',
      ...extra,
      ...storeFlags(store),
      '--poll-ms',
      '100',
      '--settle-wait-ms',
      '60000',
      '--moderation-wait-ms',
      '60000',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, output }));
  });
  return { child, exited };
}

describe('export killed with SIGKILL and started again', () => {
  let store: TestStore;
  let emulator: RunningOzonEmulator;

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 300, force: true });
    emulator = await startOzonEmulator({
      taskPendingMs: 300,
      moderationMs: 600,
      openApiDocPaths: false,
      limits: { importItemsPerMinute: 1_000_000 },
    });
    emulator.emulator.control.setQuota({ dailyCreateLimit: 1_000_000, dailyUpdateLimit: 1_000_000 });
    const ozon = createOzonClient({ ...EMULATOR_CREDENTIALS, baseUrl: emulator.url });
    await writeOzonSettings(store, { ...EMULATOR_CREDENTIALS, apiUrl: emulator.url }, new Date());
    await applyDemoMapping(store, { ozon });
    // Each import waits before Ozon processes it, so the kill lands between sending a batch and hearing back.
    emulator.emulator.control.injectFault({ kind: 'slow', path: '/v3/product/import', delayMs: 250 });
  });
  afterAll(async () => {
    await emulator?.close();
    await store?.destroy();
  });

  it('sends every product exactly once and loses no task', async () => {
    const first = startExport(store);
    const deadline = Date.now() + 60_000;
    while (emulator.emulator.control.requests({ path: '/v3/product/import' }).length < 3) {
      if (Date.now() > deadline) {
        throw new Error('the export never started sending');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    const importsBeforeKill = emulator.emulator.control.requests({ path: '/v3/product/import' }).length;

    const second = startExport(store);
    const finished = await second.exited;
    expect(finished.code, finished.output).toBe(0);
    expect(finished.output).toContain('continuing the export already under way');

    const counts = sentOffers(emulator);
    const twice = [...counts].filter(([, n]) => n > 1);
    expect(twice).toEqual([]);
    const states = await store.db.select().from(store.own.productState);
    const live = states.filter((s) => s.state === 'live').map((s) => s.offerId);
    expect(live.length).toBeGreaterThan(500);
    expect(new Set(counts.keys())).toEqual(new Set(live));
    const open = await store.db.select().from(store.own.importTasks);
    expect(
      open.filter((t) => t.state === 'sending' || t.state === 'unknown' || t.state === 'pending'),
    ).toEqual([]);
    // The kill came while Ozon held the third import: its answer (the task id) never reached the bridge. The
    // write-ahead record let the second run find its products on Ozon instead of sending them again.
    expect(importsBeforeKill).toBeGreaterThanOrEqual(3);
    const recovered = open.filter((t) => t.taskId === null && t.state === 'done');
    expect(recovered.length).toBeGreaterThanOrEqual(1);
  });

  it('shows in a dry run what would be sent, as a payload file too, and sends nothing', async () => {
    await store.db
      .update(store.oc.product)
      .set({ price: '555.0000' })
      .where(eq(store.oc.product.productId, 9));
    const before = emulator.emulator.control.requests({ path: '/v3/product/import' }).length;
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'meschain-dry-')), 'payloads.jsonl');
    const dry = startExport(store, ['--dry-run', '--payloads', file]);
    const done = await dry.exited;
    expect(done.code, done.output).toBe(0);
    expect(done.output).toMatch(/would update MS-BALLS-000009 \(product 9\)/);
    expect(done.output).toMatch(/quota needed: 0 creations .*, 1 updates/);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      productId: 9,
      action: 'update',
      item: { offer_id: 'MS-BALLS-000009', price: '555' },
    });
    expect(emulator.emulator.control.requests({ path: '/v3/product/import' })).toHaveLength(before);
  });
});
