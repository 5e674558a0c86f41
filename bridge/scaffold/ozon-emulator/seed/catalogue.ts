import { ATTR, dictionaryValuesById, type SeedAttribute, seedAttributes } from './attributes';
import type { SeedDictionaryValue } from './dictionaries';

/**
 * The seeded description-category tree: root category → category → product type (leaf). Products are created
 * for a (description_category_id of the middle level, type_id) pair, as on Ozon.
 */
export interface SeedType {
  readonly typeId: number;
  readonly typeName: string;
  readonly typeNameEn: string;
  /** Attribute ids this type has, and which of them are required. */
  readonly attributes: readonly number[];
  readonly required: readonly number[];
}

export interface SeedCategory {
  readonly descriptionCategoryId: number;
  readonly name: string;
  readonly nameEn: string;
  readonly types: readonly SeedType[];
}

export interface SeedRootCategory {
  readonly descriptionCategoryId: number;
  readonly name: string;
  readonly nameEn: string;
  readonly children: readonly SeedCategory[];
}

export interface SeedCatalogue {
  readonly tree: readonly SeedRootCategory[];
  readonly attributes: readonly SeedAttribute[];
  /** Dictionary values by dictionary id. */
  readonly dictionaries: ReadonlyMap<number, readonly SeedDictionaryValue[]>;
}

const common = [ATTR.brand, ATTR.description, ATTR.type, ATTR.modelName, ATTR.country, ATTR.weight];
const apparel = [...common, ATTR.colour, ATTR.material];

function type(
  typeId: number,
  typeName: string,
  typeNameEn: string,
  extra: number[],
  required: number[],
): SeedType {
  return {
    typeId,
    typeName,
    typeNameEn,
    attributes: [...extra],
    required: [ATTR.brand, ATTR.type, ...required],
  };
}

export const seedTree: readonly SeedRootCategory[] = [
  {
    descriptionCategoryId: 17027000,
    name: 'Одежда',
    nameEn: 'Clothing',
    children: [
      {
        descriptionCategoryId: 17028922,
        name: 'Футболки и топы',
        nameEn: 'T-shirts and tops',
        types: [
          type(
            93080,
            'Футболка',
            'T-shirt',
            [...apparel, ATTR.clothingSize],
            [ATTR.colour, ATTR.clothingSize],
          ),
          type(93081, 'Майка', 'Tank top', [...apparel, ATTR.clothingSize], [ATTR.colour, ATTR.clothingSize]),
        ],
      },
    ],
  },
  {
    descriptionCategoryId: 17027100,
    name: 'Обувь',
    nameEn: 'Shoes',
    children: [
      {
        descriptionCategoryId: 17028950,
        name: 'Кроссовки и кеды',
        nameEn: 'Sneakers and trainers',
        types: [
          type(
            93200,
            'Кроссовки',
            'Sneakers',
            [...apparel, ATTR.shoeSize],
            [ATTR.colour, ATTR.shoeSize, ATTR.modelName],
          ),
          type(93201, 'Кеды', 'Plimsolls', [...apparel, ATTR.shoeSize], [ATTR.colour, ATTR.shoeSize]),
        ],
      },
    ],
  },
  {
    descriptionCategoryId: 17027200,
    name: 'Спорт и отдых',
    nameEn: 'Sports and leisure',
    children: [
      {
        descriptionCategoryId: 17029010,
        name: 'Футбол',
        nameEn: 'Football',
        types: [
          type(93300, 'Мяч футбольный', 'Football', [...common, ATTR.colour, ATTR.ballSize], [ATTR.ballSize]),
        ],
      },
    ],
  },
  {
    descriptionCategoryId: 17027300,
    name: 'Электроника',
    nameEn: 'Electronics',
    children: [
      {
        descriptionCategoryId: 17028971,
        name: 'Аксессуары для смартфонов',
        nameEn: 'Smartphone accessories',
        types: [
          type(
            93400,
            'Чехол для смартфона',
            'Smartphone case',
            [...common, ATTR.colour, ATTR.material, ATTR.compatibleModels],
            [ATTR.compatibleModels],
          ),
          type(93401, 'Защитное стекло', 'Screen protector', [...common, ATTR.compatibleModels], []),
        ],
      },
    ],
  },
  {
    descriptionCategoryId: 17027400,
    name: 'Книги',
    nameEn: 'Books',
    children: [
      {
        descriptionCategoryId: 17029100,
        name: 'Художественная литература',
        nameEn: 'Fiction',
        types: [
          type(
            93500,
            'Печатная книга',
            'Printed book',
            [...common, ATTR.author, ATTR.isbn, ATTR.coverType, ATTR.pages],
            [ATTR.author],
          ),
        ],
      },
    ],
  },
];

/** The 8229 "type" dictionary: one value per leaf type, its id equal to the `type_id`. */
function typeDictionary(tree: readonly SeedRootCategory[]): SeedDictionaryValue[] {
  return tree.flatMap((root) =>
    root.children.flatMap((cat) =>
      cat.types.map((t) => ({ id: t.typeId, value: t.typeName, info: '', picture: '' })),
    ),
  );
}

/** The default catalogue; other helpers' tests map OpenCart data onto it. */
export const seedCatalogue: SeedCatalogue = {
  tree: seedTree,
  attributes: seedAttributes,
  dictionaries: new Map([...dictionaryValuesById, [1960, typeDictionary(seedTree)]]),
};

/** The leaf type of a (description_category_id, type_id) pair, if it exists. */
export function findSeedType(
  catalogue: SeedCatalogue,
  descriptionCategoryId: number,
  typeId: number,
): { category: SeedCategory; type: SeedType } | undefined {
  for (const root of catalogue.tree) {
    for (const category of root.children) {
      if (category.descriptionCategoryId !== descriptionCategoryId) {
        continue;
      }
      const found = category.types.find((t) => t.typeId === typeId);
      return found ? { category, type: found } : undefined;
    }
  }
  return undefined;
}

/** The attributes of a type with its `is_required` flags. */
export function attributesOfType(
  catalogue: SeedCatalogue,
  seedType: SeedType,
): { attribute: SeedAttribute; isRequired: boolean }[] {
  return seedType.attributes.flatMap((id) => {
    const attribute = catalogue.attributes.find((a) => a.id === id);
    return attribute ? [{ attribute, isRequired: seedType.required.includes(id) }] : [];
  });
}
