import { and, countDistinct, desc, eq } from 'drizzle-orm';
import type { ValueSource } from '../../contract/catalog-mapping/rules';
import type { StoreDb } from '../../db/connection';
import { DomainError } from '../../shared/domain-error';
import { cachedDictionaryValues } from '../ozon-catalogue/cached-values';
import { decodeOpencartText } from '../source-text/opencart-text';
import type { DictionaryMatch } from './dictionary-matcher';
import type { OzonLeafRef } from './leaf-choice';
import { createLeafLoader } from './load-leaf';
import { contentLanguageId, readMappingOptions, type TextSettings } from './options';
import { suggestDictionaryValues } from './suggest';
import { LIST_SEPARATOR } from './value-resolution';

/** Most distinct texts listed, and most unmatched ones given suggestions (each compares against the dictionary). */
const TEXT_LIMIT = 300;
const SUGGESTED_LIMIT = 60;

/** The texts as the merchant typed them (OpenCart stores them HTML-escaped), counts of equal ones added up. */
function decoded(rows: ReadonlyArray<{ text: string; products: number }>) {
  const merged = new Map<string, number>();
  for (const row of rows) {
    const text = decodeOpencartText(row.text);
    merged.set(text, (merged.get(text) ?? 0) + row.products);
  }
  return [...merged].map(([text, products]) => ({ text, products })).sort((a, b) => b.products - a.products);
}

/**
 * Distinct texts a source has across the store, with how many products carry each (most common first), decoded
 * as the export reads them: "A&amp;B" is matched (and searched on Ozon) as "A&B".
 */
export async function distinctTexts(store: StoreDb, source: ValueSource, languageId: number) {
  const { db, oc } = store;
  if (source.kind === 'attribute') {
    const t = oc.productAttribute;
    return decoded(
      await db
        .select({ text: t.text, products: countDistinct(t.productId) })
        .from(t)
        .where(and(eq(t.attributeId, source.attributeId), eq(t.languageId, languageId)))
        .groupBy(t.text)
        .orderBy(desc(countDistinct(t.productId)))
        .limit(TEXT_LIMIT),
    );
  }
  if (source.kind === 'option') {
    const v = oc.productOptionValue;
    const d = oc.optionValueDescription;
    return decoded(
      await db
        .select({ text: d.name, products: countDistinct(v.productId) })
        .from(v)
        .innerJoin(d, and(eq(d.optionValueId, v.optionValueId), eq(d.languageId, languageId)))
        .where(eq(v.optionId, source.optionId))
        .groupBy(d.name)
        .orderBy(desc(countDistinct(v.productId)))
        .limit(TEXT_LIMIT),
    );
  }
  if (source.kind === 'manufacturer') {
    const m = oc.manufacturer;
    return decoded(
      await db
        .select({ text: m.name, products: countDistinct(oc.product.productId) })
        .from(oc.product)
        .innerJoin(m, eq(m.manufacturerId, oc.product.manufacturerId))
        .groupBy(m.name)
        .orderBy(desc(countDistinct(oc.product.productId)))
        .limit(TEXT_LIMIT),
    );
  }
  return [];
}

/** A collection's texts are matched piece by piece ("Хлопок, эластан"), so they are listed that way too. */
function splitCollections(rows: Array<{ text: string; products: number }>, isCollection: boolean) {
  if (!isCollection) {
    return rows;
  }
  const pieces = new Map<string, number>();
  for (const row of rows) {
    for (const piece of row.text.split(LIST_SEPARATOR).map((p) => p.trim())) {
      if (piece !== '') {
        pieces.set(piece, (pieces.get(piece) ?? 0) + row.products);
      }
    }
  }
  return [...pieces].map(([text, products]) => ({ text, products })).sort((a, b) => b.products - a.products);
}

/**
 * The OpenCart texts an attribute's rule reads (attribute texts, option values or manufacturers, across the store),
 * each with the dictionary value it resolves to and how, or, when nothing matches, the closest dictionary values
 * with a score: the list the merchant works through to make every product's value known.
 */
export async function describeSourceTexts(
  store: StoreDb,
  settings: TextSettings,
  leaf: OzonLeafRef,
  attributeId: number,
) {
  const options = await readMappingOptions(store);
  const languageId = await contentLanguageId(store, options, settings);
  const resolved = await createLeafLoader(store, options).load(leaf);
  const attribute = resolved.attribute(attributeId);
  if (!attribute) {
    throw new DomainError('NOT_FOUND', `attribute ${attributeId} is not cached for this leaf`);
  }
  const source = attribute.rule?.source;
  const rows = splitCollections(
    source ? await distinctTexts(store, source, languageId) : [],
    attribute.isCollection,
  );
  const values = attribute.dictionaryId > 0 ? await cachedDictionaryValues(store, attribute, leaf) : [];
  let suggested = 0;
  const texts = rows.map((row) => {
    const match: DictionaryMatch | undefined =
      attribute.dictionaryId > 0 ? resolved.resolveDictionary(attributeId, row.text) : undefined;
    const wanted = attribute.dictionaryId > 0 && !match && suggested < SUGGESTED_LIMIT;
    suggested += wanted ? 1 : 0;
    return {
      text: row.text,
      products: row.products,
      match: match ?? null,
      suggestions: wanted ? suggestDictionaryValues(values, row.text) : [],
    };
  });
  return {
    attributeId,
    dictionaryId: attribute.dictionaryId,
    languageId,
    source: source ?? null,
    unmatched: texts.filter((t) => attribute.dictionaryId > 0 && t.match === null).length,
    texts,
  };
}
