import {
  ballSizeValues,
  brandValues,
  clothingSizeValues,
  colourValues,
  countryValues,
  coverTypeValues,
  materialValues,
  type SeedDictionaryValue,
  shoeSizeValues,
} from './dictionaries';

/** One characteristic as /v1/description-category/attribute describes it (before the per-type `is_required`). */
export interface SeedAttribute {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  /** Ozon's value types; the emulator checks Integer, Decimal and Boolean values parse. */
  readonly type: 'String' | 'Integer' | 'Decimal' | 'Boolean' | 'URL' | 'multiline';
  readonly isCollection: boolean;
  readonly isAspect: boolean;
  readonly maxValueCount: number;
  readonly groupId: number;
  readonly groupName: string;
  /** 0 = free value. */
  readonly dictionaryId: number;
  /** Only some characteristics accept HTML (the description does). */
  readonly htmlAllowed: boolean;
}

function attr(
  id: number,
  name: string,
  type: SeedAttribute['type'],
  extra: Partial<Omit<SeedAttribute, 'id' | 'name' | 'type'>> = {},
): SeedAttribute {
  return {
    id,
    name,
    type,
    description: extra.description ?? '',
    isCollection: extra.isCollection ?? false,
    isAspect: extra.isAspect ?? false,
    maxValueCount: extra.maxValueCount ?? 0,
    groupId: extra.groupId ?? 0,
    groupName: extra.groupName ?? '',
    dictionaryId: extra.dictionaryId ?? 0,
    htmlAllowed: extra.htmlAllowed ?? false,
  };
}

/** Well-known attribute ids the sync maps to (they match Ozon's real ids). */
export const ATTR = {
  brand: 85,
  description: 4191,
  type: 8229,
  modelName: 9048,
  colour: 10096,
  clothingSize: 4295,
  shoeSize: 4298,
  material: 4496,
  country: 4389,
  weight: 4383,
  ballSize: 5289,
  compatibleModels: 7236,
  author: 4182,
  isbn: 7,
  coverType: 4209,
  pages: 4194,
} as const;

export const seedAttributes: readonly SeedAttribute[] = [
  attr(ATTR.brand, 'Бренд', 'String', {
    dictionaryId: 28732849,
    description: 'Укажите бренд товара. Если бренда нет, выберите значение «Нет бренда».',
  }),
  attr(ATTR.description, 'Аннотация', 'multiline', {
    description: 'Описание товара. Допустимы теги <br>, <ul>, <li>, <p>, <b>.',
    htmlAllowed: true,
  }),
  attr(ATTR.type, 'Тип', 'String', { dictionaryId: 1960, description: 'Тип товара; берётся из type_id.' }),
  attr(ATTR.modelName, 'Название модели (для объединения в одну карточку)', 'String', {
    description: 'Одинаковое значение у товаров, которые нужно объединить в одну карточку.',
  }),
  attr(ATTR.colour, 'Цвет товара', 'String', {
    dictionaryId: 10096,
    isCollection: true,
    isAspect: true,
    maxValueCount: 3,
  }),
  attr(ATTR.clothingSize, 'Российский размер', 'String', { dictionaryId: 4295, isAspect: true }),
  attr(ATTR.shoeSize, 'Российский размер обуви', 'String', { dictionaryId: 4298, isAspect: true }),
  attr(ATTR.material, 'Материал', 'String', { dictionaryId: 4496, isCollection: true, maxValueCount: 5 }),
  attr(ATTR.country, 'Страна-изготовитель', 'String', { dictionaryId: 4389, isCollection: true }),
  attr(ATTR.weight, 'Вес товара, г', 'Integer'),
  attr(ATTR.ballSize, 'Размер мяча', 'String', { dictionaryId: 5289 }),
  attr(ATTR.compatibleModels, 'Совместимые модели', 'String', { isCollection: true, maxValueCount: 20 }),
  attr(ATTR.author, 'Автор на обложке', 'String'),
  attr(ATTR.isbn, 'ISBN', 'String', { isCollection: true }),
  attr(ATTR.coverType, 'Тип обложки', 'String', { dictionaryId: 4209 }),
  attr(ATTR.pages, 'Количество страниц', 'Integer'),
];

/** Values of every dictionary by dictionary id; 8229 (types) is filled from the tree. */
export const dictionaryValuesById: ReadonlyMap<number, readonly SeedDictionaryValue[]> = new Map([
  [28732849, brandValues],
  [10096, colourValues],
  [4295, clothingSizeValues],
  [4298, shoeSizeValues],
  [4496, materialValues],
  [4389, countryValues],
  [5289, ballSizeValues],
  [4209, coverTypeValues],
]);
