import { describe, expect, it } from 'vitest';
import { ATTR, sampleTshirt } from '../../bridge/scaffold/ozon-emulator';
import type { ImportItem } from '../../bridge/src/ozon/schemas';
import { createHarness, type Harness } from './emulator-harness';

/** Ozon's clothing sizes in the seed: 972104 is "48", 972105 "50". */
const SIZE_48 = { dictionary_value_id: 972104, value: '48' };
const SIZE_50 = { dictionary_value_id: 972105, value: '50' };

/** A T-shirt of the model "Base" (9048, which joins items into one card) in the given size. */
function variant(
  offerId: string,
  size: { dictionary_value_id: number; value: string },
  model = 'Base',
): ImportItem {
  const item = sampleTshirt(offerId);
  return {
    ...item,
    attributes: (item.attributes ?? []).map((a) =>
      a.id === ATTR.clothingSize
        ? { ...a, values: [size] }
        : a.id === ATTR.modelName
          ? { ...a, values: [{ value: model }] }
          : a,
    ),
  };
}

async function outcomes(h: Harness, items: ImportItem[]) {
  const taskId = (await h.ok('productImport', { items })).result.task_id;
  return (await h.ok('productImportInfo', { task_id: taskId })).result.items;
}

describe('variants of one card (items joined by 9048)', () => {
  it('imports items of one model that differ in an aspect attribute (size)', async () => {
    const h = createHarness({ taskPendingMs: 0 });
    const answer = await outcomes(h, [variant('V-48', SIZE_48), variant('V-50', SIZE_50)]);
    expect(answer.map((o) => o.status)).toEqual(['imported', 'imported']);
  });

  it('refuses the second item of one card with the same aspect values, naming the aspect, in the task result', async () => {
    const h = createHarness({ taskPendingMs: 0 });
    const [first, second] = await outcomes(h, [variant('V-SMALL', SIZE_48), variant('V-LARGE', SIZE_48)]);
    expect(first?.status).toBe('imported');
    expect(second?.status).toBe('failed');
    expect(second?.product_id).toBe('0');
    expect(second?.errors).toEqual([
      expect.objectContaining({
        code: 'duplicate_aspect_values',
        field: 'attribute',
        level: 'error',
        state: 'new',
      }),
    ]);
    // The error names an aspect attribute of the type (colour or size), and the text every aspect with its value.
    const [error] = second?.errors ?? [];
    expect([String(ATTR.colour), String(ATTR.clothingSize)]).toContain(error?.attribute_id);
    expect(error?.attribute_name).not.toBe('');
    expect(error?.message).toContain('V-SMALL');
    expect(error?.message).toContain('Российский размер: 48');
    const cards = await h.ok('productInfoList', { offer_id: ['V-SMALL', 'V-LARGE'] });
    expect(cards.items.map((c) => c.offer_id)).toEqual(['V-SMALL']);
  });

  it('refuses a later import that repeats the aspect values of a product already on the card', async () => {
    const h = createHarness({ taskPendingMs: 0 });
    expect((await outcomes(h, [variant('V-1', SIZE_48)]))[0]?.status).toBe('imported');
    const [again] = await outcomes(h, [variant('V-2', SIZE_48)]);
    expect(again?.status).toBe('failed');
    expect(again?.errors[0]?.code).toBe('duplicate_aspect_values');
    // Another model may have the same size; the product itself may be imported again.
    expect((await outcomes(h, [variant('V-3', SIZE_48, 'Other')]))[0]?.status).toBe('imported');
    expect((await outcomes(h, [variant('V-1', SIZE_48)]))[0]?.status).toBe('skipped');
  });

  it('lets a product change its size to one its card does not hold yet, and frees the old one', async () => {
    const h = createHarness({ taskPendingMs: 0 });
    await outcomes(h, [variant('V-A', SIZE_48)]);
    expect((await outcomes(h, [variant('V-A', SIZE_50)]))[0]?.status).toBe('imported');
    expect((await outcomes(h, [variant('V-B', SIZE_48)]))[0]?.status).toBe('imported');
  });
});
