import type { z } from 'zod';
import {
  dimensionUnits,
  type ImportItem,
  type importItemError,
  vatRates,
  weightUnits,
} from '../../../src/ozon/schemas';
import { ATTR } from '../seed/attributes';
import { attributesOfType, findSeedType, type SeedCatalogue } from '../seed/catalogue';
import { checkOldPrice } from './price-rules';

/** A per-item import error as it goes over the wire (attribute_id a number, 0 when none). */
export type ImportErrorWire = z.input<typeof importItemError>;

/** An item error in the shape /v1/product/import/info reports (level `error`, state `new`). */
export function itemError(
  code: string,
  field: string,
  message: string,
  attribute?: { id: number; name: string },
): ImportErrorWire {
  return {
    code,
    field,
    message,
    description: message,
    level: 'error',
    state: 'new',
    attribute_id: attribute?.id ?? 0,
    attribute_name: attribute?.name ?? '',
  };
}

const MM_PER_UNIT: Record<string, number> = { mm: 1, cm: 10, in: 25.4 };
const G_PER_UNIT: Record<string, number> = { g: 1, kg: 1000, lb: 453.592 };

function checkDimensions(item: ImportItem): ImportErrorWire[] {
  const errors: ImportErrorWire[] = [];
  for (const field of ['depth', 'width', 'height', 'weight'] as const) {
    const value = item[field];
    if (value === undefined || value <= 0) {
      errors.push(
        itemError('invalid_dimensions', field, `Укажите ${field} больше 0: нулевые габариты не принимаются`),
      );
    }
  }
  if (!(dimensionUnits as readonly string[]).includes(item.dimension_unit ?? '')) {
    errors.push(
      itemError('invalid_dimension_unit', 'dimension_unit', 'Единица измерения габаритов: mm, cm или in'),
    );
  }
  if (!(weightUnits as readonly string[]).includes(item.weight_unit ?? '')) {
    errors.push(itemError('invalid_weight_unit', 'weight_unit', 'Единица измерения веса: g, kg или lb'));
  }
  if (errors.length > 0) {
    return errors;
  }
  const mm = MM_PER_UNIT[item.dimension_unit ?? ''] ?? 1;
  const grams = (item.weight ?? 0) * (G_PER_UNIT[item.weight_unit ?? ''] ?? 1);
  const volumeCm3 = ((item.depth ?? 0) * mm * (item.width ?? 0) * mm * (item.height ?? 0) * mm) / 1000;
  // Ozon's formula: weight × 1000 ÷ (h × w × d) in g and mm, i.e. grams per cubic centimetre.
  const density = grams / volumeCm3;
  if (density < 0.001 || density > 13.55) {
    errors.push(
      itemError(
        'Incorrect_density',
        'weight',
        `The density you specified is out of the acceptable range 0.001–13.55 (got ${density.toFixed(4)})`,
      ),
    );
  }
  if (grams > 1_000_000) {
    errors.push(itemError('invalid_weight', 'weight', 'Вес товара не может превышать 1000 кг'));
  }
  return errors;
}

function checkAttributes(catalogue: SeedCatalogue, item: ImportItem): ImportErrorWire[] {
  const found = findSeedType(catalogue, Number(item.description_category_id), Number(item.type_id));
  if (!found) {
    return [
      itemError(
        'description_category_not_found',
        'description_category_id',
        `Категория ${item.description_category_id} с типом ${item.type_id} не найдена или не является последним уровнем`,
      ),
    ];
  }
  const errors: ImportErrorWire[] = [];
  const allowed = attributesOfType(catalogue, found.type);
  const sent = new Map((item.attributes ?? []).map((a) => [Number(a.id), a]));
  for (const { attribute, isRequired } of allowed) {
    const given = sent.get(attribute.id);
    const ref = { id: attribute.id, name: attribute.name };
    const empty = !given || given.values.every((v) => !v.value && !Number(v.dictionary_value_id ?? 0));
    // 8229 (type) is filled from type_id when it is not sent.
    if (empty && isRequired && attribute.id !== ATTR.type) {
      errors.push(
        itemError(
          'required_attribute_missing',
          'attribute',
          `Не заполнена обязательная характеристика «${attribute.name}»`,
          ref,
        ),
      );
      continue;
    }
    if (!given) {
      continue;
    }
    if (!attribute.isCollection && given.values.length > 1) {
      errors.push(
        itemError(
          'too_many_values',
          'attribute',
          `Характеристика «${attribute.name}» принимает одно значение`,
          ref,
        ),
      );
    }
    if (attribute.maxValueCount > 0 && given.values.length > attribute.maxValueCount) {
      errors.push(
        itemError(
          'too_many_values',
          'attribute',
          `Не больше ${attribute.maxValueCount} значений в «${attribute.name}»`,
          ref,
        ),
      );
    }
    const dictionary = catalogue.dictionaries.get(attribute.dictionaryId);
    for (const value of given.values) {
      if (attribute.dictionaryId !== 0) {
        const id = Number(value.dictionary_value_id ?? 0);
        if (!dictionary?.some((d) => d.id === id)) {
          errors.push(
            itemError(
              'dictionary_value_not_found',
              'attribute',
              `Значение «${value.value ?? id}» отсутствует в справочнике характеристики «${attribute.name}»`,
              ref,
            ),
          );
        }
      } else if (attribute.type === 'Integer' && !/^-?\d+$/.test(value.value ?? '')) {
        errors.push(
          itemError('invalid_attribute_value', 'attribute', `«${attribute.name}»: нужно целое число`, ref),
        );
      } else if (!attribute.htmlAllowed && /<[a-z/][^>]*>/i.test(value.value ?? '')) {
        errors.push(
          itemError('html_not_allowed', 'attribute', `«${attribute.name}»: HTML-теги не допускаются`, ref),
        );
      }
    }
  }
  for (const id of sent.keys()) {
    if (!allowed.some((a) => a.attribute.id === id)) {
      errors.push(
        itemError(
          'attribute_not_found',
          'attribute',
          `Характеристика ${id} не относится к типу «${found.type.typeName}»`,
          { id, name: '' },
        ),
      );
    }
  }
  return errors;
}

/**
 * Judges one import item the way Ozon does after accepting the task. An empty list means the item can be
 * imported.
 */
export function validateImportItem(
  catalogue: SeedCatalogue,
  currency: string,
  item: ImportItem,
): ImportErrorWire[] {
  const errors: ImportErrorWire[] = [];
  const offerId = item.offer_id ?? '';
  if (offerId.length === 0 || offerId.length > 50) {
    errors.push(
      itemError('invalid_offer_id', 'offer_id', 'Артикул (offer_id) должен содержать от 1 до 50 символов'),
    );
  }
  if (!item.name || item.name.length > 500) {
    errors.push(itemError('invalid_name', 'name', 'Название товара должно содержать от 1 до 500 символов'));
  }
  if ((item.currency_code ?? 'RUB') !== currency) {
    errors.push({
      ...itemError('bad_request_error', 'currency_code', 'Неверно указана валюта'),
      description: 'Техническая ошибка',
    });
  }
  if (item.vat !== undefined && !(vatRates as readonly string[]).includes(item.vat)) {
    errors.push(
      itemError('invalid_vat', 'vat', `Недопустимая ставка НДС «${item.vat}»: ${vatRates.join(', ')}`),
    );
  }
  const priceError = checkOldPrice(item.price, item.old_price);
  if (priceError) {
    const code = priceError.code === 'price_negative' ? 'price_is_negative' : priceError.code;
    errors.push(
      itemError(code, priceError.code === 'price_negative' ? 'price' : 'old_price', priceError.message),
    );
  }
  const maxImages = item.primary_image ? 29 : 30;
  if ((item.images ?? []).length > maxImages) {
    errors.push(
      itemError('too_many_images', 'images', `Не больше ${maxImages} изображений (30 вместе с главным)`),
    );
  }
  return [...errors, ...checkDimensions(item), ...checkAttributes(catalogue, item)];
}
