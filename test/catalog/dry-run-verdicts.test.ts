import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExportRun } from '../../bridge/src/catalog/export/runs/export-runs';
import { listProducts } from '../../bridge/src/catalog/export/views/product-list';
import {
  type ProductListQueryInput,
  type ProductListResponse,
  productListQuerySchema,
} from '../../bridge/src/contract/catalog-products';
import { type ExportReport, unitActions } from '../../bridge/src/contract/export-report';
import { readOzonSettings } from '../../bridge/src/settings/store';
import { createExportFixture, type ExportFixture } from './export-fixture';

/** A dry run's verdict on every unit, in the product list, and the list filtered to one verdict (item 14). */
describe('the last dry run in the product list', () => {
  let fixture: ExportFixture;
  let report: ExportReport;
  const list = async (query: ProductListQueryInput): Promise<ProductListResponse> =>
    listProducts(
      fixture.store,
      await readOzonSettings(fixture.store),
      productListQuerySchema.parse({ pageSize: 200, ...query }),
    );
  const dryRun = async (jobId: string): Promise<ExportReport> => {
    await fixture.run({ dryRun: true }, jobId);
    return (await findExportRun(fixture.store, jobId)).report;
  };

  beforeAll(async () => {
    fixture = await createExportFixture(80);
    report = await dryRun('dry-1');
  }, 120_000);
  afterAll(async () => fixture?.store.destroy());

  it("shows each unit's verdict and reason without a preview, and no unit's state changes", async () => {
    const all = await list({});
    expect(all.items.every((item) => item.state === 'not_analysed')).toBe(true);
    expect(all.items.every((item) => item.dryRun !== null)).toBe(true);
    expect(all.items).toHaveLength(report.units);
    const noWeight = fixture.summary.flawed['no-weight']?.[0];
    const flawed = all.items.find((item) => item.productId === noWeight);
    expect(flawed?.dryRun?.action).toBe('invalid');
    expect(flawed?.reason).toMatch(/weight/i);
    expect(flawed?.offerId).not.toBe('');
    const invalid = all.items.filter((item) => item.dryRun?.action === 'invalid');
    expect(invalid.length).toBe(report.actions.invalid);
    expect(invalid.every((item) => item.reason.length > 10)).toBe(true);
    expect(all.items.filter((item) => item.dryRun?.action === 'create').every((i) => i.offerId !== '')).toBe(
      true,
    );
  });

  it('filters the list to one count of the report: as many units as it says, and only those', async () => {
    const counted = unitActions.filter((action) => (report.actions[action] ?? 0) > 0);
    expect(counted).toEqual(expect.arrayContaining(['create', 'invalid']));
    for (const action of counted) {
      const count = report.actions[action];
      const filtered = await list({ dryRun: action });
      expect(filtered.total, action).toBe(count);
      expect(new Set(filtered.items.map((item) => item.dryRun?.action))).toEqual(new Set([action]));
    }
    expect(productListQuerySchema.safeParse({ dryRun: 'nonsense' }).success).toBe(false);
  });

  it('is replaced by the next dry run, and the newer of a dry run and an export gives the reason', async () => {
    const noWeight = fixture.summary.flawed['no-weight']?.[0] ?? 0;
    const rowOf = async () => (await list({})).items.find((item) => item.productId === noWeight);
    // An export refuses it for its weight: stored as invalid with that reason.
    await fixture.run({ onlyIds: [noWeight], follow: 'job' }, 'real-1');
    expect(await rowOf()).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/weight/i) });
    // The merchant fixes the weight; the next dry run finds it sendable, and its reason is the newer one.
    const { db, oc } = fixture.store;
    await db.update(oc.product).set({ weight: '0.4' }).where(eq(oc.product.productId, noWeight));
    const second = await dryRun('dry-2');
    const all = await list({});
    expect(all.items).toHaveLength(second.units);
    const fixed = await rowOf();
    expect(fixed?.state).toBe('invalid');
    expect(fixed?.dryRun?.action).toBe('create');
    expect(fixed?.reason).not.toMatch(/weight/i);
    expect((await list({ dryRun: 'invalid' })).total).toBe(second.actions.invalid ?? 0);
    expect((await list({ dryRun: 'create' })).total).toBe(second.actions.create ?? 0);
  });
});
