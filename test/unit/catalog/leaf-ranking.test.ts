import { describe, expect, it } from 'vitest';
import { createLeafRanker, type RankableLeaf } from '../../../bridge/src/catalog/mapping/leaf-ranking';
import { wordStems } from '../../../bridge/src/catalog/mapping/word-stems';

const leaf = (
  typeId: number,
  nameRu: string,
  nameEn: string,
  path: string,
  pathEn: string,
): RankableLeaf => ({
  descriptionCategoryId: 1000 + Math.floor(typeId / 10),
  typeId,
  nameRu,
  nameEn,
  pathRu: `${path} / ${nameRu}`,
  pathEn: `${pathEn} / ${nameEn}`,
});

const TSHIRT = leaf(10, 'Футболка', 'T-shirt', 'Одежда / Футболки и топы', 'Clothing / T-shirts and tops');
const TANK_TOP = leaf(11, 'Майка', 'Tank top', 'Одежда / Футболки и топы', 'Clothing / T-shirts and tops');
const BALL = leaf(20, 'Мяч футбольный', 'Football', 'Спорт / Футбол', 'Sports / Football');
const CASE = leaf(
  30,
  'Чехол для смартфона',
  'Smartphone case',
  'Электроника / Аксессуары',
  'Electronics / Accessories',
);

describe('ranking Ozon leaves for a store category', () => {
  const ranker = createLeafRanker([TSHIRT, TANK_TOP, BALL, CASE]);

  it('compares words as Russian and English stems, without the words that say nothing', () => {
    expect(wordStems('Футболки')).toEqual(wordStems('Футболка'));
    expect(wordStems('Футбол')).not.toEqual(wordStems('Футболка'));
    expect(wordStems('Footballs')).toEqual(wordStems('football'));
    expect(wordStems('Чехлы для смартфонов')).toEqual(['чехл', 'смартфон']);
  });

  it('explains each reason with its score and the store text it rests on', () => {
    const [top] = ranker.rank(
      {
        names: ['Футболки', 'T-shirts'],
        paths: ['Одежда > Футболки', 'Clothing > T-shirts'],
        products: [['Футболка Nike 1', 'T-shirt Nike 1'], ['Футболка Puma 2'], ['Кепка Puma 3']],
      },
      3,
    );
    expect(top?.leaf).toBe(TSHIRT);
    expect(top?.why).toEqual([
      { reason: 'name', score: 1, text: 'Футболки' },
      { reason: 'path', score: 1, text: 'Одежда > Футболки' },
      { reason: 'product names', score: 0.67, text: 'Футболка Nike 1' },
    ]);
    // Independent reasons add up: 1 − (1 − 0.9)(1 − 0.6)(1 − 0.8·0.67).
    expect(top?.score).toBe(0.98);
  });

  it("finds a category by its products' names alone", () => {
    const ranked = ranker.rank(
      {
        names: ['Misc'],
        paths: ['Misc'],
        products: [['Чехол для смартфона Baseus'], ['Чехол для смартфона Xiaomi']],
      },
      3,
    );
    expect(ranked.map((r) => r.leaf)).toEqual([CASE]);
    expect(ranked[0]?.why).toEqual([
      { reason: 'product names', score: 1, text: 'Чехол для смартфона Baseus' },
    ]);
  });

  it("settles a tie by the parent's leaf, then by the tree's order, and finds nothing for unknown words", () => {
    const hoodies = { names: ['Худи'], paths: ['Одежда > Худи'], products: [] };
    expect(ranker.rank(hoodies, 2).map((r) => r.leaf)).toEqual([TSHIRT, TANK_TOP]);
    expect(ranker.rank(hoodies, 2, TANK_TOP).map((r) => r.leaf)).toEqual([TANK_TOP, TSHIRT]);
    expect(ranker.rank({ names: ['Garden'], paths: ['Garden'], products: [['Rake 1']] }, 3)).toEqual([]);
  });
});
