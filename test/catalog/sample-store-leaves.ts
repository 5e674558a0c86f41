import type { OzonLeafRef } from '../../bridge/src/catalog/mapping/leaf-choice';

/** The emulator's seeded leaves the sample store's products belong to (bridge/scaffold/ozon-emulator/seed). */
export const SEED_LEAF = {
  tshirt: { descriptionCategoryId: 17028922, typeId: 93080, name: 'Футболка' },
  sneakers: { descriptionCategoryId: 17028950, typeId: 93200, name: 'Кроссовки' },
  football: { descriptionCategoryId: 17029010, typeId: 93300, name: 'Мяч футбольный' },
  phoneCase: { descriptionCategoryId: 17028971, typeId: 93400, name: 'Чехол для смартфона' },
  book: { descriptionCategoryId: 17029100, typeId: 93500, name: 'Печатная книга' },
} as const satisfies Record<string, OzonLeafRef & { name: string }>;

/**
 * The sensible Ozon leaf of each of the sample store's 13 categories (by their English path), as a merchant who
 * knows both would choose it. A parent category goes where most of its products go; the seed has no hoodie or
 * football-boot type, so hoodies go to the T-shirt (the closest apparel type with Russian clothing sizes, as the
 * demo maps them) and boots to sneakers (the only type with shoe sizes).
 */
export const SENSIBLE_LEAF: Readonly<Record<string, (typeof SEED_LEAF)[keyof typeof SEED_LEAF]>> = {
  Clothing: SEED_LEAF.tshirt,
  'Clothing > Men': SEED_LEAF.tshirt,
  'Clothing > Men > T-shirts': SEED_LEAF.tshirt,
  'Clothing > Men > Hoodies': SEED_LEAF.tshirt,
  Sport: SEED_LEAF.football,
  'Sport > Football': SEED_LEAF.football,
  'Sport > Football > Footballs': SEED_LEAF.football,
  'Sport > Football > Football boots': SEED_LEAF.sneakers,
  Electronics: SEED_LEAF.phoneCase,
  'Electronics > Phone accessories': SEED_LEAF.phoneCase,
  'Electronics > Phone accessories > Phone cases': SEED_LEAF.phoneCase,
  Books: SEED_LEAF.book,
  'Books > Fiction': SEED_LEAF.book,
};

/** "descriptionCategoryId:typeId", the form the panel's rows carry in data-leaf. */
export const leafKeyOf = (leaf: OzonLeafRef): string => `${leaf.descriptionCategoryId}:${leaf.typeId}`;
