import type { ValueSource } from '../../contract/catalog-mapping/rules';
import type { StoreDb } from '../../db/connection';
import { decodeOpencartText } from '../source-text/opencart-text';
import { bestSimilarity, nameSimilarity } from './similarity';

/** An OpenCart attribute or option with its names in every language. */
export interface OpencartSource {
  readonly kind: 'attribute' | 'option';
  readonly id: number;
  /** Name in the content language (falls back to any). */
  readonly name: string;
  readonly names: readonly string[];
}

/** Every OpenCart attribute and option, with the names of all languages (for suggestions and pickers). */
export async function loadOpencartSources(store: StoreDb, languageId: number): Promise<OpencartSource[]> {
  const { db, oc } = store;
  const attributeNames = await db
    .select({
      id: oc.attributeDescription.attributeId,
      languageId: oc.attributeDescription.languageId,
      name: oc.attributeDescription.name,
    })
    .from(oc.attributeDescription);
  const optionNames = await db
    .select({
      id: oc.optionDescription.optionId,
      languageId: oc.optionDescription.languageId,
      name: oc.optionDescription.name,
    })
    .from(oc.optionDescription);
  const group = (
    kind: OpencartSource['kind'],
    rows: Array<{ id: number; languageId: number; name: string }>,
  ) => {
    const byId = new Map<number, Array<{ languageId: number; name: string }>>();
    for (const row of rows) {
      // As typed ("Size & fit"): shown in pickers and compared with Ozon's names.
      const decoded = { languageId: row.languageId, name: decodeOpencartText(row.name) };
      byId.set(row.id, [...(byId.get(row.id) ?? []), decoded]);
    }
    return [...byId].map(
      ([id, names]): OpencartSource => ({
        kind,
        id,
        name: (names.find((n) => n.languageId === languageId) ?? names[0])?.name ?? String(id),
        names: names.map((n) => n.name),
      }),
    );
  };
  return [...group('attribute', attributeNames), ...group('option', optionNames)];
}

export interface SourceSuggestion {
  readonly source: ValueSource;
  readonly label: string;
  readonly score: number;
}

/** Suggestions below this are noise ("Размер мяча" vs "Российский размер" would be 0.5). */
const MIN_SCORE = 0.55;

/**
 * Proposes an OpenCart attribute or option for each unmapped Ozon attribute by name (all OpenCart languages
 * against Ozon's Russian and English names). Each OpenCart source is proposed once, for the Ozon attribute it fits
 * best; on equal scores an attribute beats an option (options usually become variants, not characteristics).
 */
export function suggestSources(
  unmapped: ReadonlyArray<{ readonly attributeId: number; readonly name: string; readonly nameEn: string }>,
  sources: readonly OpencartSource[],
): Map<number, SourceSuggestion> {
  const pairs: Array<{ attributeId: number; source: OpencartSource; score: number }> = [];
  for (const ozon of unmapped) {
    const targets = [ozon.name, ozon.nameEn].filter((n) => n !== '');
    for (const source of sources) {
      const score = bestSimilarity(source.names, targets);
      if (score >= MIN_SCORE) {
        pairs.push({ attributeId: ozon.attributeId, source, score });
      }
    }
  }
  pairs.sort(
    (a, b) =>
      b.score - a.score ||
      (a.source.kind === b.source.kind ? 0 : a.source.kind === 'attribute' ? -1 : 1) ||
      a.source.id - b.source.id,
  );
  const taken = new Set<string>();
  const out = new Map<number, SourceSuggestion>();
  for (const pair of pairs) {
    const key = `${pair.source.kind}:${pair.source.id}`;
    if (out.has(pair.attributeId) || taken.has(key)) {
      continue;
    }
    taken.add(key);
    const source: ValueSource =
      pair.source.kind === 'attribute'
        ? { kind: 'attribute', attributeId: pair.source.id }
        : { kind: 'option', optionId: pair.source.id };
    out.set(pair.attributeId, { source, label: pair.source.name, score: Math.round(pair.score * 100) / 100 });
  }
  return out;
}

function bigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) {
    out.add(padded.slice(i, i + 2));
  }
  return out;
}

/**
 * Dictionary values that could be meant by an OpenCart text nothing matched ("Кожа" → "Натуральная кожа",
 * "Искусственная кожа"), best first: word similarity, or letter-pair overlap for spelling variants.
 */
export function suggestDictionaryValues(
  values: ReadonlyArray<{ readonly id: number; readonly value: string }>,
  text: string,
  limit = 5,
): Array<{ id: number; value: string; score: number }> {
  const wanted = bigrams(text.toLowerCase().replaceAll('ё', 'е'));
  const scored = values.map((v) => {
    const other = bigrams(v.value.toLowerCase().replaceAll('ё', 'е'));
    let common = 0;
    for (const pair of wanted) {
      common += other.has(pair) ? 1 : 0;
    }
    const letters = (2 * common) / (wanted.size + other.size);
    const score = Math.max(nameSimilarity(text, v.value), letters * 0.9);
    return { id: v.id, value: v.value, score: Math.round(score * 100) / 100 };
  });
  return scored
    .filter((s) => s.score >= 0.4)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);
}
