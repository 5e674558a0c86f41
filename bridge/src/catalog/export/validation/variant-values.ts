import type { ImportAttribute } from '../../../ozon/schemas/import';
import { fixPlace } from '../../../shared/fix-places';
import type { ResolvedAttribute } from '../../mapping/resolved-mapping';
import type { UnitPayload } from '../payload/build-item';
import type { ProductBase } from '../payload/product-base';
import { type Problem, preflight } from './problem';

/** The attributes that tell a product's variants apart on Ozon: the ones read from its variant option. */
function variantAttributes(base: ProductBase): ResolvedAttribute[] {
  const optionId = base.variantOptionId;
  return (base.leaf?.attributes ?? []).filter(
    (a) => optionId !== undefined && a.rule?.source.kind === 'option' && a.rule.source.optionId === optionId,
  );
}

/** What a unit sends for those attributes, as one key; undefined when one of them is not sent (its problem says why). */
function valuesKey(unit: UnitPayload, attributes: readonly ResolvedAttribute[]): string | undefined {
  const sent = unit.item?.attributes ?? [];
  const parts: string[] = [];
  for (const a of attributes) {
    const given: ImportAttribute | undefined = sent.find((x) => Number(x.id) === a.attributeId);
    if (!given) {
      return undefined;
    }
    parts.push(given.values.map((v) => `${v.dictionary_value_id ?? 0}:${v.value ?? ''}`).join('|'));
  }
  return parts.join(';');
}

function collision(base: ProductBase, group: readonly UnitPayload[], attribute: ResolvedAttribute): Problem {
  const names = new Map(base.units.map((u) => [u.variantKey, u.variant?.valueName ?? '']));
  const option = base.units[0]?.variant?.optionName ?? '';
  const values = group.map((u) => `«${names.get(u.variantKey) ?? u.variantKey}»`);
  const sent = group[0]?.item?.attributes?.find((x) => Number(x.id) === attribute.attributeId)?.values ?? [];
  const ozonValue = sent.map((v) => `«${v.value ?? ''}»`).join(', ');
  const place = fixPlace('attributeValues', { category: base.mappingCategory, attribute: attribute.name });
  return preflight(
    'variant_values_collide',
    `attribute:${attribute.attributeId}`,
    `Variants ${values.join(' and ')} of option «${option}» all become ${ozonValue} for «${attribute.name}» (${attribute.attributeId}), and Ozon refuses two products of one card with the same value: give each its own Ozon value in ${place}`,
    'data',
    attribute.attributeId,
  );
}

/**
 * Holds back the variants of one product that would reach Ozon with the same values of the attributes that tell
 * them apart (two option values the merchant's choices turn into one size): Ozon keeps only one of them on the
 * card and refuses the other, so both wait until each has its own value.
 */
export function markCollidingVariants(units: readonly UnitPayload[], base: ProductBase): UnitPayload[] {
  const attributes = variantAttributes(base);
  const first = attributes[0];
  if (first === undefined || units.length < 2) {
    return [...units];
  }
  const groups = new Map<string, UnitPayload[]>();
  for (const unit of units) {
    const key = valuesKey(unit, attributes);
    if (key !== undefined) {
      groups.set(key, [...(groups.get(key) ?? []), unit]);
    }
  }
  const problems = new Map<UnitPayload, Problem>();
  for (const group of groups.values()) {
    if (group.length > 1) {
      const problem = collision(base, group, first);
      for (const unit of group) {
        problems.set(unit, problem);
      }
    }
  }
  return units.map((unit) => {
    const problem = problems.get(unit);
    return problem === undefined ? unit : { ...unit, problems: [...unit.problems, problem], hash: undefined };
  });
}
