import { fixPlace } from '../../../shared/fix-places';
import {
  DENSITY_MAX,
  DENSITY_MIN,
  density,
  type PackageProblem,
  type PackageSize,
} from '../../../units/package-size';
import { OZON_OFFER_ID_MAX } from '../payload/offer-id';
import { OZON_NAME_MAX } from '../payload/product-name';
import { type Problem, preflight } from './problem';
import { FIELD_IN_OPENCART, STORES_IN_OPENCART } from './where-to-fix';

const SIDES = ['depth', 'width', 'height'] as const;
/** Ozon's package weight limit (1000 kg). */
const OZON_WEIGHT_MAX_G = 1_000_000;

/** What the checks look at: the parts of the item that Ozon judges per product. */
export interface CheckedParts {
  readonly offerId: string;
  /** The merchant's name for the offer_id's source field ("Model"), for messages. */
  readonly offerIdLabel: string;
  readonly offerIdWhere: string;
  readonly name: string;
  readonly images: readonly string[];
  readonly size: PackageSize;
  readonly sizeProblems: readonly PackageProblem[];
  /** Undefined when no price could be made at all (the price module reports why). */
  readonly price: string | undefined;
  readonly storeUrlSet: boolean;
  /** The product is assigned to the store the bridge serves; the shop does not sell it otherwise. */
  readonly inStore: boolean;
}

function offerIdChecks(p: CheckedParts): Problem[] {
  if (p.offerId === '') {
    return [
      preflight(
        'offer_id_empty',
        'offer_id',
        `${p.offerIdLabel} is empty, and Ozon needs it as the article (offer_id): fill in ${p.offerIdWhere}`,
      ),
    ];
  }
  if (p.offerId.length > OZON_OFFER_ID_MAX) {
    return [
      preflight(
        'offer_id_too_long',
        'offer_id',
        `Article "${p.offerId}" is ${p.offerId.length} characters; Ozon allows ${OZON_OFFER_ID_MAX}: shorten ${p.offerIdWhere} (variants add their option value to it)`,
      ),
    ];
  }
  return [];
}

function sizeChecks(p: CheckedParts): Problem[] {
  const problems: Problem[] = [];
  let weightUnknown = false;
  let lengthUnknown = false;
  for (const issue of p.sizeProblems) {
    weightUnknown ||= issue.kind === 'unknown-weight-class';
    lengthUnknown ||= issue.kind === 'unknown-length-class';
    problems.push(
      issue.kind === 'unknown-weight-class'
        ? preflight(
            'unknown_weight_class',
            'weight_unit',
            `Weight Class ${issue.classId} is not one the bridge can convert to grams: choose ${fixPlace('productWeightClass')} (classes are in ${fixPlace('weightClasses')})`,
          )
        : preflight(
            'unknown_length_class',
            'dimension_unit',
            `Length Class ${issue.classId} is not one the bridge can convert to millimetres: choose ${fixPlace('productLengthClass')} (classes are in ${fixPlace('lengthClasses')})`,
          ),
    );
  }
  if (!weightUnknown && p.size.weight === 0) {
    problems.push(preflight('no_weight', 'weight', `Weight is 0: set ${fixPlace('productWeight')}`));
  }
  if (p.size.weight > OZON_WEIGHT_MAX_G) {
    problems.push(
      preflight(
        'weight_too_big',
        'weight',
        `Weight is ${p.size.weight / 1000} kg; Ozon takes at most 1000 kg: check Weight and ${fixPlace('productWeightClass')}`,
      ),
    );
  }
  const { depth, width, height } = p.size;
  if (!lengthUnknown && (depth === 0 || width === 0 || height === 0)) {
    const zeroSides = SIDES.filter((side) => p.size[side] === 0);
    const names = zeroSides.map((s) => (s === 'depth' ? 'Length' : s === 'width' ? 'Width' : 'Height'));
    problems.push(
      preflight(
        'no_size',
        zeroSides[0] ?? 'depth',
        `${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} 0: set ${fixPlace('productDimensions')}`,
      ),
    );
  }
  const d = density(p.size);
  if (problems.length === 0 && d !== undefined && (d < DENSITY_MIN || d > DENSITY_MAX)) {
    const { weight } = p.size;
    problems.push(
      preflight(
        'impossible_density',
        'weight',
        `${weight} g in a ${depth}×${width}×${height} mm package is ${d.toPrecision(3)} g/cm³, and Ozon accepts ${DENSITY_MIN}–${DENSITY_MAX}: check Weight, its Weight Class and ${fixPlace('productDimensions')} with its Length Class`,
      ),
    );
  }
  return problems;
}

/**
 * Ozon's per-item rules that do not depend on the category: article, name, images, package size, density, price.
 * Every message names the OpenCart field and where to change it.
 */
export function preflightChecks(p: CheckedParts): Problem[] {
  const problems = offerIdChecks(p);
  if (!p.inStore) {
    // A product kept off the storefront (often on purpose: a draft, another shop's item) is not the store's to sell.
    problems.push(
      preflight(
        'not_in_store',
        'stores',
        `The product is not assigned to the store, so the shop does not sell it: tick "Default" in ${STORES_IN_OPENCART}`,
      ),
    );
  }
  if (p.name === '') {
    problems.push(
      preflight(
        'name_empty',
        'name',
        `The product has no name in the export language: fill in ${FIELD_IN_OPENCART.name}`,
      ),
    );
  } else if (p.name.length > OZON_NAME_MAX) {
    problems.push(
      preflight(
        'name_too_long',
        'name',
        `Name is ${p.name.length} characters; Ozon allows ${OZON_NAME_MAX}: shorten ${FIELD_IN_OPENCART.name}`,
      ),
    );
  }
  if (!p.storeUrlSet) {
    problems.push(
      preflight(
        'store_url_missing',
        'images',
        "The store's public URL is not set, so Ozon cannot download images: start the bridge with --store-url https://your-shop/",
      ),
    );
  } else if (p.images.length === 0) {
    problems.push(preflight('no_image', 'images', `No image: add an ${fixPlace('productImage')}`));
  }
  problems.push(...sizeChecks(p));
  if (p.price !== undefined && !(Number(p.price) > 0)) {
    problems.push(preflight('price_zero', 'price', `Price is ${p.price}: set ${fixPlace('productPrice')}`));
  }
  return problems;
}
