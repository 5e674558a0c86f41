import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScaledClock } from '../../bridge/src/shared/clock';
import { createExportFixture, type ExportFixture } from './export-fixture';

/** Ozon holds every import task this long before processing it: ten times the old 2 s re-check grace. */
const HELD_MS = 20_000;

/** States that say a unit was never meant to go (its data or mapping holds it back, or the merchant does). */
const NOT_SENDABLE = new Set(['invalid', 'not_mapped', 'disabled', 'excluded']);

describe('an import whose answer was lost while Ozon holds it in its queue', () => {
  let fx: ExportFixture;

  beforeAll(async () => {
    // Twenty times real time: Ozon's 20 s hold passes in one second.
    fx = await createExportFixture(60, {
      clock: createScaledClock(20),
      taskPendingMs: HELD_MS,
      // Long enough for the slowest re-check below; each phase ends as soon as nothing is open.
      timing: { pollIntervalMs: 500, settleWaitMs: 600_000, moderationWaitMs: 600_000 },
    });
  }, 120_000);
  afterAll(async () => fx?.store.destroy());

  const states = () => fx.store.db.select().from(fx.store.own.productState);
  /** As `sync products` does: the export sends, then the follow-up job follows Ozon (and sends again what it must). */
  const run = async (params: { onlyIds?: number[] } = {}) => {
    await fx.run({ ...params, follow: 'job' });
    await fx.follow();
  };

  /** Every unit that can go is live, and no card reached Ozon twice in tasks after `mark`. */
  async function expectAllLiveOnce(mark: number): Promise<void> {
    expect(fx.emulator.control.doubledImports(mark)).toEqual([]);
    const rows = await states();
    const open = rows.filter((r) => r.state !== 'live' && !NOT_SENDABLE.has(r.state));
    expect(open.map((r) => `${r.offerId}: ${r.state}`)).toEqual([]);
    const counts = fx.emulator.control.importCounts();
    expect(Object.keys(counts).sort()).toEqual(
      rows
        .filter((r) => r.state === 'live')
        .map((r) => r.offerId)
        .sort(),
    );
  }

  it('is not sent again when it is the only import of the run and Ozon shows none of it for a long time', async () => {
    const mark = fx.emulator.state.ids.task;
    fx.emulator.control.injectFault({ kind: 'drop', path: '/v3/product/import', times: 1 });
    await run({ onlyIds: [1, 2, 3, 4, 5, 6, 7, 8] });
    await expectAllLiveOnce(mark);
    expect(fx.emulator.control.requests({ path: '/v3/product/import' })).toHaveLength(1);
  });

  it('is not sent again while Ozon still holds it, and the batches after it go on', async () => {
    const mark = fx.emulator.state.ids.task;
    fx.emulator.control.injectFault({ kind: 'drop', path: '/v3/product/import', times: 1 });
    await run();
    await expectAllLiveOnce(mark);
    const imports = fx.emulator.control.requests({ path: '/v3/product/import' });
    expect(imports.length).toBeGreaterThan(1);
    // Ozon accepted every request it received: the one whose answer was lost too.
    expect(fx.emulator.state.tasks.size).toBe(imports.length);
    expect(Object.values(fx.emulator.control.importCounts()).every((n) => n === 1)).toBe(true);
  });

  it('sends again, in the same run, an import Ozon refused before taking it, once a later import is processed', async () => {
    const { db, oc } = fx.store;
    await db.update(oc.product).set({ price: sql`${oc.product.price} + 11` });
    const before = fx.emulator.state.tasks.size;
    const mark = fx.emulator.state.ids.task;
    const asked = fx.emulator.control.requests({ path: '/v3/product/import' }).length;
    fx.emulator.control.injectFault({ kind: 'server-error', path: '/v3/product/import', times: 1 });
    await run();
    expect(fx.emulator.control.doubledImports(mark)).toEqual([]);
    const rows = await states();
    expect(rows.filter((r) => r.state !== 'live' && !NOT_SENDABLE.has(r.state))).toEqual([]);
    const requested = fx.emulator.control
      .requests({ path: '/v3/product/import' })
      .slice(asked)
      .flatMap((r) => (r.body as { items: Array<{ offer_id: string }> }).items.map((i) => i.offer_id));
    const tasks = [...fx.emulator.state.tasks.values()].slice(before);
    const carried = tasks.flatMap((t) => t.items.map((i) => i.offer_id ?? ''));
    // The refused request's cards were asked for again; Ozon took every card it was asked for in exactly one task.
    expect(requested.length).toBeGreaterThan(carried.length);
    expect(carried.sort()).toEqual([...new Set(requested)].sort());
  });

  it('sends again the last import of a run when Ozon refused it, once it has been silent far past the pace of the imports before', async () => {
    const { db, oc } = fx.store;
    await db.update(oc.product).set({ price: sql`${oc.product.price} + 13` });
    const mark = fx.emulator.state.ids.task;
    const asked = fx.emulator.control.requests({ path: '/v3/product/import' }).length;
    // The first batch goes through; the second, the last of the run, is refused with a 5xx: no import follows it.
    fx.emulator.control.injectFault({ kind: 'server-error', path: '/v3/product/import', skip: 1, times: 1 });
    await run();
    expect(fx.emulator.control.doubledImports(mark)).toEqual([]);
    const rows = await states();
    expect(rows.filter((r) => r.state !== 'live' && !NOT_SENDABLE.has(r.state))).toEqual([]);
    const requests = fx.emulator.control.requests({ path: '/v3/product/import' }).slice(asked);
    expect(requests.map((r) => r.status)).toEqual([200, 500, 200]);
  });

  it('offers a batch Ozon turned away on every attempt again after a pause, instead of failing its products', async () => {
    const { db, oc } = fx.store;
    await db.update(oc.product).set({ price: sql`${oc.product.price} + 17` });
    const mark = fx.emulator.state.ids.task;
    // Every attempt the client makes for the first batch meets the per-second limit.
    fx.emulator.control.injectFault({ kind: 'rate-limit', path: '/v3/product/import', times: 5 });
    await run();
    const rows = await states();
    expect(rows.filter((r) => r.state === 'failed')).toEqual([]);
    expect(rows.filter((r) => r.state !== 'live' && !NOT_SENDABLE.has(r.state))).toEqual([]);
    expect(fx.emulator.control.doubledImports(mark)).toEqual([]);
  });
});
