import type { ImportAttribute } from '../../../ozon/schemas/import';
import { fixPlace, type PlaceNames } from '../../../shared/fix-places';
import type { ResolvedAttribute, ResolvedLeaf, ValueResolution } from '../../mapping/resolved-mapping';
import { inOrder } from '../../source/in-order';
import { type Problem, preflight } from '../validation/problem';
import { whereSourceLives } from '../validation/where-to-fix';
import { sourceTexts, type UnitTexts } from './attribute-texts';
import type { ExportUnit } from './variants';

function quoteList(texts: readonly string[]): string {
  return texts.map((t) => `«${t}»`).join(', ');
}

function ref(a: ResolvedAttribute): string {
  return `«${a.name}» (${a.attributeId})`;
}

/**
 * The texts of a variant's own value (its size) that match no Ozon value. A fallback does not stand in for them:
 * one value for every variant would make them the same product twice, which Ozon refuses within one card.
 */
function unmatchedVariantValue(
  unit: ExportUnit,
  a: ResolvedAttribute,
  r: ValueResolution,
): readonly string[] {
  const source = a.rule?.source;
  if (unit.variant === undefined || source?.kind !== 'option' || source.optionId !== unit.variant.optionId) {
    return [];
  }
  if (r.ok) {
    return r.unmatched ?? [];
  }
  return r.problem === 'unmatched' ? r.texts : [];
}

function variantValueProblem(
  a: ResolvedAttribute,
  unit: ExportUnit,
  texts: readonly string[],
  place: PlaceNames,
): Problem {
  const fallback = a.rule?.fallback;
  const notFallback = fallback
    ? ` (the fallback «${fallback.value}» is not used for a variant: it would give every variant the same value)`
    : '';
  return preflight(
    'variant_value_unmatched',
    `attribute:${a.attributeId}`,
    `${quoteList(texts)}, a value of option «${unit.variant?.optionName ?? ''}», is not a value Ozon knows for ${ref(a)}, and each variant needs its own${notFallback}: pick its Ozon value in ${fixPlace('attributeValues', place)}, or rename it in ${fixPlace('options')}`,
    'data',
    a.attributeId,
  );
}

/** One attribute's import value(s), or the problem that keeps it out. */
function buildOne(
  a: ResolvedAttribute,
  unit: ExportUnit,
  leaf: ResolvedLeaf,
  texts: UnitTexts,
): { attribute?: ImportAttribute; problem?: Problem } {
  const field = `attribute:${a.attributeId}`;
  const source = a.rule?.source;
  const place: PlaceNames = { category: texts.mappingCategory, attribute: a.name };
  if (source === undefined || source.kind === 'none') {
    if (!a.isRequired) {
      return {};
    }
    const why = source === undefined ? 'is not mapped yet' : 'is set to "not sent"';
    return {
      problem: preflight(
        'required_attribute_unmapped',
        field,
        `Ozon requires ${ref(a)} for ${leaf.name || 'this category'}, and it ${why}: choose where its value comes from in ${fixPlace('attributeRule', place)}`,
        'mapping',
        a.attributeId,
      ),
    };
  }
  const resolution = leaf.resolveValues(a.attributeId, sourceTexts(source, unit, texts, a.attributeId));
  const variantUnmatched = unmatchedVariantValue(unit, a, resolution);
  if (variantUnmatched.length > 0) {
    return { problem: variantValueProblem(a, unit, variantUnmatched, place) };
  }
  if (resolution.ok) {
    return { attribute: { id: a.attributeId, complex_id: 0, values: [...resolution.values] } };
  }
  const where = whereSourceLives(source, unit.product, texts.names, place);
  if (resolution.problem === 'empty') {
    return a.isRequired
      ? {
          problem: preflight(
            'required_attribute_empty',
            field,
            `Ozon requires ${ref(a)}, but it is empty: fill in ${where}`,
            'data',
            a.attributeId,
          ),
        }
      : {};
  }
  if (resolution.problem === 'not_a_number') {
    return {
      problem: preflight(
        'attribute_not_a_number',
        field,
        `${ref(a)} must be a number, got ${quoteList(resolution.texts)}: correct ${where}`,
        'data',
        a.attributeId,
      ),
    };
  }
  return {
    problem: preflight(
      'dictionary_value_unmatched',
      field,
      `${quoteList(resolution.texts)} is not a value Ozon knows for ${ref(a)}: change ${where} to one of Ozon's values, or pick the matching value in ${fixPlace('attributeValues', place)}`,
      'data',
      a.attributeId,
    ),
  };
}

/**
 * The `attributes` of one import item from the leaf's rules, in attribute-id order (stable, so the payload hash
 * only changes when a value does), and the problems of every attribute that could not be filled.
 */
export function buildAttributes(
  unit: ExportUnit,
  leaf: ResolvedLeaf,
  texts: UnitTexts,
  /** `shared`: only attributes equal on every variant; `own`: only those that differ (see variesByVariant). */
  only: 'all' | 'shared' | 'own' = 'all',
  variantOptionId?: number,
): { attributes: ImportAttribute[]; problems: Problem[] } {
  const attributes: ImportAttribute[] = [];
  const problems: Problem[] = [];
  for (const a of leaf.attributes) {
    if (only !== 'all' && variesByVariant(a, variantOptionId) !== (only === 'own')) {
      continue;
    }
    const { attribute, problem } = buildOne(a, unit, leaf, texts);
    if (attribute) {
      attributes.push(attribute);
    }
    if (problem) {
      problems.push(problem);
    }
  }
  return { attributes: inOrder(attributes, byId), problems };
}

function byId(x: ImportAttribute, y: ImportAttribute): number {
  return Number(x.id) - Number(y.id);
}

/** Two attribute lists, each in id order, as one list in id order. */
export function mergeById(a: readonly ImportAttribute[], b: readonly ImportAttribute[]): ImportAttribute[] {
  const out: ImportAttribute[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && byId(x, y) <= 0)) {
      out.push(x as ImportAttribute);
      i += 1;
    } else {
      out.push(y);
      j += 1;
    }
  }
  return out;
}

/**
 * Whether an attribute's value differs between a product's variants: it reads the variant option (the size), or
 * the name (which carries the variant's value).
 */
export function variesByVariant(a: ResolvedAttribute, variantOptionId: number | undefined): boolean {
  const source = a.rule?.source;
  if (variantOptionId === undefined) {
    return false;
  }
  return (
    (source?.kind === 'option' && source.optionId === variantOptionId) ||
    (source?.kind === 'field' && source.field === 'name')
  );
}
