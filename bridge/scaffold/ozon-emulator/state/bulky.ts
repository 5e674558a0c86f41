import type { ImportItem } from '../../../src/ozon/schemas';

const GRAMS: Record<string, number> = { g: 1, kg: 1000, lb: 453.59237 };
const MILLIMETRES: Record<string, number> = { mm: 1, cm: 10, in: 25.4 };

/**
 * Whether Ozon tags a card as bulky (КГТ, `is_kgt`). Ozon does not publish its exact rule; the emulator's stand-in:
 * over 25 kg, or a side over 1.2 m. What matters for the integration is what follows from the tag: bulky goods are
 * stocked only at bulky warehouses, and the others not there.
 */
export function isBulky(item: ImportItem): boolean {
  const grams = Number(item.weight ?? 0) * (GRAMS[item.weight_unit ?? 'g'] ?? 1);
  const mm = MILLIMETRES[item.dimension_unit ?? 'mm'] ?? 1;
  const longest = Math.max(Number(item.depth ?? 0), Number(item.width ?? 0), Number(item.height ?? 0)) * mm;
  return grams > 25_000 || longest > 1_200;
}
