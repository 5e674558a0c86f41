import { describe, expect, it } from 'vitest';
import { ATTR, NO_BRAND_ID } from '../../bridge/scaffold/ozon-emulator';
import type { CategoryTreeNode } from '../../bridge/src/ozon/schemas';
import { createHarness } from './emulator-harness';

const TSHIRT = { description_category_id: 17028922, type_id: 93080 };

function depth(nodes: CategoryTreeNode[]): number {
  return nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => depth(n.children)));
}

describe('seeded catalogue', () => {
  it('serves a three-level tree whose leaves are types, in Russian or English', async () => {
    const h = createHarness();
    const ru = (await h.ok('categoryTree', {})).result;
    expect(depth(ru)).toBe(3);
    const leaves = ru.flatMap((r) => r.children.flatMap((c) => c.children));
    expect(leaves.every((l) => l.type_id !== undefined && l.children.length === 0)).toBe(true);
    expect(leaves.map((l) => l.type_name)).toEqual(
      expect.arrayContaining([
        'Футболка',
        'Кроссовки',
        'Мяч футбольный',
        'Чехол для смартфона',
        'Печатная книга',
      ]),
    );
    const en = (await h.ok('categoryTree', { language: 'EN' })).result;
    expect(en.map((r) => r.category_name)).toContain('Clothing');
  });

  it('describes attributes with required, dictionary and collection flags', async () => {
    const h = createHarness();
    const attributes = (await h.ok('categoryAttributes', TSHIRT)).result;
    const byId = new Map(attributes.map((a) => [Number(a.id), a]));
    expect(byId.get(ATTR.brand)).toMatchObject({ is_required: true, dictionary_id: '28732849' });
    expect(byId.get(ATTR.description)).toMatchObject({
      is_required: false,
      dictionary_id: '0',
      type: 'multiline',
    });
    expect(byId.get(ATTR.colour)).toMatchObject({ is_required: true, is_collection: true });
    expect(byId.get(ATTR.modelName)).toMatchObject({ dictionary_id: '0' });
    const unknown = await h.call('/v1/description-category/attribute', {
      description_category_id: 17028922,
      type_id: 1,
    });
    expect(unknown.status).toBe(404);
  });

  it('pages the brand dictionary (over 2000 values) with last_value_id until has_next is false', async () => {
    const h = createHarness();
    const ids: string[] = [];
    let last: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await h.ok('categoryAttributeValues', {
        ...TSHIRT,
        attribute_id: ATTR.brand,
        limit: 2000,
        ...(last === undefined ? {} : { last_value_id: Number(last) }),
      });
      pages += 1;
      ids.push(...page.result.map((v) => v.id));
      last = page.result.at(-1)?.id;
      if (!page.has_next) {
        break;
      }
    }
    expect(pages).toBe(2);
    expect(ids.length).toBeGreaterThan(2000);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(String(NO_BRAND_ID));
    const over = await h.call('/v1/description-category/attribute/values', {
      ...TSHIRT,
      attribute_id: ATTR.brand,
      limit: 2001,
    });
    expect(over.body).toMatchObject({
      code: 3,
      message:
        'Request validation error: invalid GetAttributeValuesRequest.Limit: value must be inside range [1, 2000]',
    });
  });

  it('searches dictionary values with at least two characters and at most 100 results', async () => {
    const h = createHarness();
    const found = await h.ok('categoryAttributeValuesSearch', {
      ...TSHIRT,
      attribute_id: ATTR.brand,
      value: 'нет бр',
      limit: 10,
    });
    expect(found.result).toEqual([expect.objectContaining({ id: String(NO_BRAND_ID), value: 'Нет бренда' })]);
    const short = await h.call('/v1/description-category/attribute/values/search', {
      ...TSHIRT,
      attribute_id: ATTR.brand,
      value: 'н',
      limit: 10,
    });
    expect(short.body).toMatchObject({
      message:
        'Request validation error: invalid SearchAttributeValuesRequest.Value: value length must be at least 2 runes',
    });
    const many = await h.call('/v1/description-category/attribute/values/search', {
      ...TSHIRT,
      attribute_id: ATTR.brand,
      value: 'Sport',
      limit: 101,
    });
    expect(many.status).toBe(400);
  });
});
