import { normaliseText } from './normalise';

/** Russian words change their endings ("совместимость", "совместимые"): compare word stems this long. */
const STEM = 5;

function stems(text: string): string[] {
  return text.split(' ').map((w) => w.slice(0, STEM));
}

/**
 * How alike two names are, 0..1: 1 when equal after normalising; 0.7 to 1 when one contains the other as whole
 * words, the more of the longer name it covers the higher ("Цвет" in "Цвет товара" 0.85; of "Российский размер
 * обуви", "Размер обуви" 0.9 beats "Размер" 0.8); otherwise the share of word stems they have in common (Dice).
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (x === '' || y === '') {
    return 0;
  }
  if (x === y) {
    return 1;
  }
  if (` ${y} `.includes(` ${x} `) || ` ${x} `.includes(` ${y} `)) {
    const [shorter, longer] = [x, y].map((n) => n.split(' ').length).sort((a, b) => a - b);
    return 0.7 + (0.3 * (shorter ?? 0)) / (longer ?? 1);
  }
  const sx = stems(x);
  const sy = new Set(stems(y));
  const common = new Set(sx.filter((s) => sy.has(s))).size;
  return (2 * common) / (new Set(sx).size + sy.size);
}

/** The best similarity between any of `names` and any of `targets`. */
export function bestSimilarity(names: readonly string[], targets: readonly string[]): number {
  let best = 0;
  for (const n of names) {
    for (const t of targets) {
      best = Math.max(best, nameSimilarity(n, t));
    }
  }
  return best;
}
