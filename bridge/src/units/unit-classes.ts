/** One OpenCart weight or length class: its factor against the store's default class and its unit labels. */
export interface UnitClassRow {
  readonly id: number;
  /** `value`: how many of this unit make one of the store's default unit (kg = 1, g = 1000 when kg is default). */
  readonly value: number;
  /** Unit labels in every language ('g', 'kg', 'lb', ...), lower-cased. */
  readonly units: readonly string[];
}

/** Converts amounts from any class of one kind into a fixed target unit (grams or millimetres). */
export interface UnitConverter {
  /** The amount in the target unit, or undefined when the class is unknown. */
  convert(amount: number, classId: number): number | undefined;
  readonly knownClassIds: ReadonlySet<number>;
}

/**
 * Builds a converter from OpenCart's classes. OpenCart only knows factors relative to the default class, so an
 * anchor class with a known unit is needed to reach real grams or millimetres: the first class whose label is
 * one of `anchors` (e.g. g → 1, kg → 1000). Returns undefined when no class carries a known label.
 */
export function unitConverter(
  classes: readonly UnitClassRow[],
  anchors: Readonly<Record<string, number>>,
): UnitConverter | undefined {
  const factor = new Map(classes.filter((c) => c.value > 0).map((c) => [c.id, c.value]));
  let perDefault: number | undefined;
  for (const [label, targetPerUnit] of Object.entries(anchors)) {
    const anchor = classes.find((c) => c.value > 0 && c.units.includes(label));
    if (anchor) {
      // One default unit = anchor.value anchor units = anchor.value × targetPerUnit target units.
      perDefault = anchor.value * targetPerUnit;
      break;
    }
  }
  if (perDefault === undefined) {
    return undefined;
  }
  const scale = perDefault;
  return {
    convert(amount, classId) {
      const f = factor.get(classId);
      return f === undefined ? undefined : (amount / f) * scale;
    },
    knownClassIds: new Set(factor.keys()),
  };
}

/** Grams per unit for the labels OpenCart ships and merchants commonly add. */
export const GRAM_ANCHORS: Readonly<Record<string, number>> = {
  g: 1,
  kg: 1000,
  lb: 453.59237,
  oz: 28.349523125,
  г: 1,
  кг: 1000,
};

/** Millimetres per unit. */
export const MILLIMETRE_ANCHORS: Readonly<Record<string, number>> = {
  mm: 1,
  cm: 10,
  in: 25.4,
  m: 1000,
  мм: 1,
  см: 10,
};
