import type { ImportItem } from '../../../src/ozon/schemas';
import { ATTR } from '../seed/attributes';
import { attributesOfType, findSeedType, type SeedCatalogue } from '../seed/catalogue';
import { type ImportErrorWire, itemError } from './import-validation';
import type { ProductRecord } from './types';

/*
 * Ozon joins products into one card by the model name (9048): "To merge two product description pages, pass 9048
 * … All attributes except size or color must match". What tells the products of a card apart are the type's
 * aspect attributes (`is_aspect`: size, colour), so two products of one card with the same aspect values are one
 * product twice, and the later one is refused. Ozon documents neither the code nor the text of that refusal; the
 * emulator reports it per item in the task result, in the documented v1ItemError shape, naming the first aspect.
 */

/** Where an item sits among the cards: its card (leaf and model) and its aspect values; undefined: no model. */
interface CardPlace {
  readonly card: string;
  readonly aspects: string;
  readonly model: string;
  /** The type's aspect attributes with the values the item gives them, for the error text. */
  readonly described: ReadonlyArray<{ id: number; name: string; values: string[] }>;
}

function placeOf(catalogue: SeedCatalogue, item: ImportItem): CardPlace | undefined {
  const attributes = item.attributes ?? [];
  const model = attributes
    .find((a) => Number(a.id) === ATTR.modelName)
    ?.values.map((v) => v.value ?? '')
    .join('')
    .trim();
  const found = findSeedType(catalogue, Number(item.description_category_id), Number(item.type_id));
  if (!model || !found) {
    return undefined;
  }
  const described = attributesOfType(catalogue, found.type)
    .filter(({ attribute }) => attribute.isAspect)
    .map(({ attribute }) => {
      const given = attributes.find((a) => Number(a.id) === attribute.id)?.values ?? [];
      const values = given.map((v) =>
        Number(v.dictionary_value_id ?? 0) > 0 ? String(v.dictionary_value_id) : (v.value ?? ''),
      );
      return {
        id: attribute.id,
        name: attribute.name,
        values: given.map((v) => v.value ?? ''),
        key: `${attribute.id}=${[...values].sort().join('|')}`,
      };
    });
  return {
    card: `${item.description_category_id}:${item.type_id}:${model}`,
    aspects: described.map((d) => d.key).join(';'),
    model,
    described,
  };
}

/** The cards of an account: card → aspect values → the offer_id that holds them. */
export interface CardIndex {
  /** The refusal of `item` when another product of its card has the same aspect values. */
  conflict(item: ImportItem): ImportErrorWire | undefined;
  /** Records the accepted `item` of `offerId`, replacing what its earlier import held. */
  accept(offerId: string, item: ImportItem, previous: ImportItem | undefined): void;
}

/** Indexes every product's card once, so a whole task is judged without rescanning the account per item. */
export function indexCards(catalogue: SeedCatalogue, products: Iterable<ProductRecord>): CardIndex {
  const cards = new Map<string, Map<string, string>>();
  const put = (offerId: string, item: ImportItem): void => {
    const place = placeOf(catalogue, item);
    if (place) {
      const held = cards.get(place.card) ?? new Map<string, string>();
      held.set(place.aspects, held.get(place.aspects) ?? offerId);
      cards.set(place.card, held);
    }
  };
  for (const product of products) {
    put(product.offerId, product.item);
  }
  return {
    conflict(item) {
      const place = placeOf(catalogue, item);
      const holder = place && cards.get(place.card)?.get(place.aspects);
      if (!place || holder === undefined || holder === item.offer_id) {
        return undefined;
      }
      const first = place.described[0];
      const values =
        place.described.map((d) => `${d.name}: ${d.values.join(', ') || '—'}`).join('; ') ||
        'нет аспектных характеристик';
      return itemError(
        'duplicate_aspect_values',
        'attribute',
        `В карточке модели «${place.model}» уже есть товар «${holder}» с теми же значениями аспектных характеристик (${values}): товары одной карточки должны различаться ими`,
        first ? { id: first.id, name: first.name } : undefined,
      );
    },
    accept(offerId, item, previous) {
      const before = previous && placeOf(catalogue, previous);
      if (before && cards.get(before.card)?.get(before.aspects) === offerId) {
        cards.get(before.card)?.delete(before.aspects);
      }
      put(offerId, item);
    },
  };
}
