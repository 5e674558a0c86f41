import type { UnitConverter } from './unit-classes';

/** Package size and weight as Ozon takes them: whole millimetres and grams. */
export interface PackageSize {
  readonly depth: number;
  readonly width: number;
  readonly height: number;
  readonly dimension_unit: 'mm';
  readonly weight: number;
  readonly weight_unit: 'g';
}

/** What the product says, and what could not be converted. */
export interface PackageInput {
  readonly length: number;
  readonly width: number;
  readonly height: number;
  readonly lengthClassId: number;
  readonly weight: number;
  readonly weightClassId: number;
}

export type PackageProblem =
  | { readonly kind: 'unknown-length-class'; readonly classId: number }
  | { readonly kind: 'unknown-weight-class'; readonly classId: number };

/**
 * Rounds to a whole unit, but never down to 0: a 0.3 mm sticker is still there, and Ozon refuses 0. A real 0
 * (the merchant left the field empty) stays 0 so that validation can report it.
 */
function whole(value: number): number {
  if (!(value > 0)) {
    return 0;
  }
  return Math.max(1, Math.round(value));
}

/**
 * Converts the OpenCart length/width/height and weight, in whatever class the product uses, to millimetres and
 * grams. OpenCart's length is Ozon's depth.
 */
export function packageSize(
  input: PackageInput,
  millimetres: UnitConverter | undefined,
  grams: UnitConverter | undefined,
): { size: PackageSize; problems: PackageProblem[] } {
  const problems: PackageProblem[] = [];
  const mm = (value: number): number => {
    const converted = millimetres?.convert(value, input.lengthClassId);
    return converted === undefined ? 0 : whole(converted);
  };
  if (millimetres?.knownClassIds.has(input.lengthClassId) !== true) {
    problems.push({ kind: 'unknown-length-class', classId: input.lengthClassId });
  }
  if (grams?.knownClassIds.has(input.weightClassId) !== true) {
    problems.push({ kind: 'unknown-weight-class', classId: input.weightClassId });
  }
  const g = grams?.convert(input.weight, input.weightClassId);
  return {
    size: {
      depth: mm(input.length),
      width: mm(input.width),
      height: mm(input.height),
      dimension_unit: 'mm',
      weight: g === undefined ? 0 : whole(g),
      weight_unit: 'g',
    },
    problems,
  };
}

/** Ozon's density rule: grams × 1000 ÷ (depth × width × height in mm), i.e. g/cm³, within 0.001–13.55. */
export const DENSITY_MIN = 0.001;
export const DENSITY_MAX = 13.55;

/** Density in g/cm³, or undefined when a side is 0. */
export function density(size: PackageSize): number | undefined {
  const volume = size.depth * size.width * size.height;
  return volume > 0 ? (size.weight * 1000) / volume : undefined;
}
