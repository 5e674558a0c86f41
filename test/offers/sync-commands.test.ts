import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { type RunningOzonEmulator, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { createSyncProductsCommand } from '../../bridge/src/catalog/export/command';
import { createSyncOffersCommand } from '../../bridge/src/offers/cli/sync-offers-command';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { saveOfferSettings } from '../../bridge/src/settings/offer-settings';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { EMULATOR_CREDENTIALS, storeFlags } from '../catalog/export-fixture';
import { createTestStore, type TestStore } from '../harness/test-store';
import { FBS, RFBS } from './offers-fixture';

/** Runs a command in this process and answers its exit code and what it printed. */
async function runCommand(
  command: { run(args: readonly string[]): Promise<number> },
  args: readonly string[],
) {
  const output: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => output.push(parts.join(' '));
  console.error = (...parts: unknown[]) => output.push(parts.join(' '));
  try {
    const code = await command.run(args);
    return { code, output: output.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

describe('meschain-ozon sync stocks / sync prices', () => {
  let store: TestStore;
  let ozon: RunningOzonEmulator;
  const stockRequests = () => ozon.emulator.control.requests({ path: '/v2/products/stocks' }).length;

  beforeAll(async () => {
    store = await createTestStore();
    ozon = await startOzonEmulator({ openApiDocPaths: false, taskPendingMs: 100, moderationMs: 200 });
    await generateSampleStore(store, { products: 8, force: true });
    await writeOzonSettings(store, { ...EMULATOR_CREDENTIALS, apiUrl: ozon.url }, new Date());
    await applyDemoMapping(store, {
      ozon: createOzonClient({ ...EMULATOR_CREDENTIALS, baseUrl: ozon.url }),
    });
    const exported = await runCommand(createSyncProductsCommand(), [...storeFlags(store), '--poll-ms', '50']);
    expect(exported.code).toBe(0);
  });
  afterAll(async () => {
    await ozon?.close();
  });

  it('says there is nothing to do while no warehouse is mapped', async () => {
    const run = await runCommand(createSyncOffersCommand('stocks'), storeFlags(store));
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/no Ozon warehouse is mapped/);
    expect(stockRequests()).toBe(0);
  });

  it('--dry-run counts what would be sent and sends nothing', async () => {
    await saveOfferSettings(
      store,
      { stock: { warehouses: [{ warehouseId: FBS }, { warehouseId: RFBS }] } },
      new Date(),
    );
    const live = await store.db
      .select()
      .from(store.own.productState)
      .where(isNotNull(store.own.productState.ozonSku));
    const run = await runCommand(createSyncOffersCommand('stocks'), [...storeFlags(store), '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(
      new RegExp(`${live.length} offers compared: ${live.length * 2} stock values would be sent`),
    );
    expect(stockRequests()).toBe(0);
    expect(await store.db.select().from(store.own.offerStocks)).toEqual([]);
  });

  it('sends every live offer its stock at each mapped warehouse and says so', async () => {
    const run = await runCommand(createSyncOffersCommand('stocks'), storeFlags(store));
    expect(run.code).toBe(0);
    const live = await store.db
      .select()
      .from(store.own.productState)
      .where(isNotNull(store.own.productState.ozonSku));
    expect(run.output).toMatch(new RegExp(`${live.length * 2} sent, ${live.length * 2} accepted`));
    const pairs = await store.db
      .select()
      .from(store.own.offerStocks)
      .where(eq(store.own.offerStocks.warehouseId, FBS));
    expect(pairs.length).toBe(live.length);
    expect(pairs.every((p) => p.accepted === p.wanted && p.dueAt === null)).toBe(true);
  });

  it('a second run finds nothing to send', async () => {
    const before = stockRequests();
    const run = await runCommand(createSyncOffersCommand('stocks'), storeFlags(store));
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/0 stock values differed, 0 sent/);
    expect(stockRequests()).toBe(before);
  });

  it('sync prices takes what Ozon holds as accepted and sends nothing when the rules agree with the cards', async () => {
    const dry = await runCommand(createSyncOffersCommand('prices'), [...storeFlags(store), '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.output).toMatch(/0 prices differ from Ozon's/);
    const run = await runCommand(createSyncOffersCommand('prices'), storeFlags(store));
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/0 prices differed, 0 sent/);
    expect(ozon.emulator.control.requests({ path: '/v1/product/import/prices' })).toEqual([]);
  });
});
