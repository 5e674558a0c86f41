import { describe, expect, it } from 'vitest';
import { createDictionaryMatcher } from '../../../bridge/src/catalog/mapping/dictionary-matcher';
import { createLeafChooser } from '../../../bridge/src/catalog/mapping/leaf-choice';
import { choiceKey, normaliseText } from '../../../bridge/src/catalog/mapping/normalise';
import { nameSimilarity } from '../../../bridge/src/catalog/mapping/similarity';
import { suggestDictionaryValues, suggestSources } from '../../../bridge/src/catalog/mapping/suggest';
import { resolveAttributeValues } from '../../../bridge/src/catalog/mapping/value-resolution';
import { flattenTree } from '../../../bridge/src/catalog/ozon-catalogue/flatten-tree';

describe('mapping building blocks', () => {
  it('normalises case, ё, punctuation and spaces, and nothing else', () => {
    expect(normaliseText('  Чёрный—Матовый!! ')).toBe('черный матовый');
    expect(normaliseText('T-Shirt  (XL)')).toBe('t shirt xl');
    expect(normaliseText('Größe 42')).toBe('größe 42');
    expect(normaliseText('...')).toBe('');
    expect(choiceKey('x'.repeat(300))).toHaveLength(255);
  });

  it('matches a dictionary by choice, exact and normalised text, lowest id on ties', () => {
    const matcher = createDictionaryMatcher(
      [
        { id: 9, value: 'Красный' },
        { id: 3, value: 'красный' },
        { id: 5, value: 'Синий' },
      ],
      [{ textKey: 'navy', id: 5, value: 'Синий' }],
    );
    expect(matcher.size).toBe(3);
    expect(matcher.match('Красный')).toEqual({ id: 9, value: 'Красный', how: 'exact' });
    expect(matcher.match('КРАСНЫЙ ')).toEqual({ id: 3, value: 'красный', how: 'normalised' });
    expect(matcher.match('Navy')).toEqual({ id: 5, value: 'Синий', how: 'choice' });
    expect(matcher.match('!!!')).toBeUndefined();
  });

  it('picks the deepest mapped category, then the lowest id, and lets a product override win', () => {
    const leafA = { descriptionCategoryId: 1, typeId: 10 };
    const leafB = { descriptionCategoryId: 2, typeId: 20 };
    const leafC = { descriptionCategoryId: 3, typeId: 30 };
    const paths = new Map([
      [1, [1]],
      [2, [1, 2]],
      [3, [1, 2, 3]],
      [4, [4]],
      [5, [5]],
    ]);
    const choose = createLeafChooser(
      new Map([
        [1, leafA],
        [2, leafB],
        [4, leafC],
        [5, leafA],
      ]),
      paths,
      new Map([[77, leafC]]),
    );
    expect(choose(1, [1, 3])).toEqual({ ...leafB, via: 'category', categoryId: 2 });
    expect(choose(1, [5, 4])).toEqual({ ...leafC, via: 'category', categoryId: 4 });
    expect(choose(77, [3])).toEqual({ ...leafC, via: 'product' });
    expect(choose(1, [99])).toBeUndefined();
  });

  it('builds values: splits and de-duplicates collections, caps them, and reports every unknown text', () => {
    const values = new Map([
      ['хлопок', 1],
      ['cotton', 1],
      ['лен', 2],
      ['шелк', 3],
    ]);
    const resolve = (text: string) => {
      const id = values.get(text.toLowerCase());
      return id === undefined ? undefined : { id, value: `v${id}`, how: 'exact' as const };
    };
    const collection = { dictionaryId: 7, isCollection: true, maxValueCount: 2, type: 'String' };
    expect(resolveAttributeValues(collection, ['Хлопок; cotton, лен', 'шелк'], resolve, undefined)).toEqual({
      ok: true,
      values: [
        { dictionary_value_id: 1, value: 'v1' },
        { dictionary_value_id: 2, value: 'v2' },
      ],
      usedFallback: false,
    });
    const single = { dictionaryId: 7, isCollection: false, maxValueCount: 0, type: 'String' };
    expect(resolveAttributeValues(single, ['', 'шелк, лен'], resolve, undefined)).toEqual({
      ok: false,
      problem: 'unmatched',
      texts: ['шелк, лен'],
    });
    const fallback = { id: 100, value: 'Нет бренда' };
    expect(resolveAttributeValues(single, ['Unknown'], resolve, fallback)).toMatchObject({
      usedFallback: true,
    });
    const decimal = { dictionaryId: 0, isCollection: false, maxValueCount: 0, type: 'Decimal' };
    expect(resolveAttributeValues(decimal, ['1 250,5'], resolve, undefined)).toMatchObject({
      values: [{ value: '1250.5' }],
    });
  });

  it('suggests OpenCart sources by name in any language, each source once', () => {
    const suggestions = suggestSources(
      [
        { attributeId: 10096, name: 'Цвет товара', nameEn: 'Color' },
        { attributeId: 4295, name: 'Российский размер', nameEn: '' },
        { attributeId: 4191, name: 'Аннотация', nameEn: 'Description' },
      ],
      [
        { kind: 'option', id: 3, name: 'Colour', names: ['Colour', 'Цвет'] },
        { kind: 'attribute', id: 2, name: 'Colour', names: ['Colour', 'Цвет', 'Renk'] },
        { kind: 'option', id: 1, name: 'Size', names: ['Size', 'Размер', 'Beden'] },
      ],
    );
    expect(suggestions.get(10096)).toEqual({
      source: { kind: 'attribute', attributeId: 2 },
      label: 'Colour',
      score: 0.85,
    });
    expect(suggestions.get(4295)?.source).toEqual({ kind: 'option', optionId: 1 });
    expect(suggestions.has(4191)).toBe(false);
    expect(nameSimilarity('Совместимость', 'Совместимые модели')).toBeGreaterThan(0.6);
  });

  it("prefers the source that covers more of Ozon's name: shoe size, not size, for the shoe size", () => {
    const suggestions = suggestSources(
      [{ attributeId: 4298, name: 'Российский размер обуви', nameEn: '' }],
      [
        { kind: 'option', id: 1, name: 'Размер', names: ['Size', 'Размер'] },
        { kind: 'option', id: 2, name: 'Размер обуви', names: ['Shoe size', 'Размер обуви'] },
      ],
    );
    expect(suggestions.get(4298)?.source).toEqual({ kind: 'option', optionId: 2 });
    expect(nameSimilarity('Размер обуви', 'Российский размер обуви')).toBeCloseTo(0.9);
    expect(nameSimilarity('Размер', 'Российский размер обуви')).toBeCloseTo(0.8);
  });

  it('suggests dictionary values for texts nothing matched, best first', () => {
    const dictionary = [
      { id: 1, value: 'Натуральная кожа' },
      { id: 2, value: 'Искусственная кожа' },
      { id: 3, value: 'Хлопок' },
      { id: 4, value: 'Серый' },
    ];
    expect(suggestDictionaryValues(dictionary, 'Кожа').map((s) => s.id)).toEqual([1, 2]);
    expect(suggestDictionaryValues(dictionary, 'Хлопковый')[0]?.id).toBe(3);
    expect(suggestDictionaryValues(dictionary, 'XS')).toEqual([]);
  });

  it('flattens the tree with paths in both languages, types under their category, disabled inherited', () => {
    const node = (extra: object, children: unknown[] = []) => ({
      category_name: '',
      type_name: '',
      disabled: false,
      description_category_id: undefined,
      type_id: undefined,
      ...extra,
      children,
    });
    const tree = (en: boolean) => [
      node({ description_category_id: '1', category_name: en ? 'Sport' : 'Спорт', disabled: true }, [
        node({ description_category_id: '2', category_name: en ? 'Balls' : 'Мячи' }, [
          node({ type_id: '20', type_name: en ? 'Football' : 'Мяч футбольный' }),
        ]),
      ]),
    ];
    const rows = flattenTree(tree(false) as never, tree(true) as never, new Date(0));
    expect(rows.find((r) => r.typeId === 20)).toMatchObject({
      descriptionCategoryId: 2,
      pathRu: 'Спорт / Мячи / Мяч футбольный',
      pathEn: 'Sport / Balls / Football',
      depth: 2,
      isLeaf: true,
      disabled: true,
    });
    expect(rows.find((r) => r.descriptionCategoryId === 2 && r.typeId === 0)).toMatchObject({
      parentCategoryId: 1,
    });
  });
});
