import type { SuggestionReason } from '../../contract/catalog-mapping/suggestions';
import { leafKey, type OzonLeafRef } from './leaf-choice';
import { wordStems } from './word-stems';

/** An Ozon leaf as the cached tree holds it; paths run from the root to the type itself. */
export interface RankableLeaf extends OzonLeafRef {
  readonly nameRu: string;
  readonly nameEn: string;
  readonly pathRu: string;
  readonly pathEn: string;
}

/** What a store category is known by, each text in every language the store has. */
export interface CategoryEvidence {
  /** Its own name. */
  readonly names: readonly string[];
  /** Its whole path from the root, itself last ("Sport > Football > Football boots"). */
  readonly paths: readonly string[];
  /** Each product's names (the products in it and below it). */
  readonly products: ReadonlyArray<readonly string[]>;
}

/** One reason a leaf fits, with its own score 0..1 and the store's text it rests on. */
export interface LeafEvidence {
  readonly reason: SuggestionReason;
  readonly score: number;
  readonly text: string;
}

export interface RankedLeaf {
  readonly leaf: RankableLeaf;
  /** 0..1, two decimals. */
  readonly score: number;
  readonly why: readonly LeafEvidence[];
}

/**
 * How much each reason alone can prove. A category named like the type is nearly certain; products named like it
 * almost as much; a shared path ("Clothing") only says where to look.
 */
const WEIGHT: Readonly<Record<SuggestionReason, number>> = { name: 0.9, 'product names': 0.8, path: 0.6 };

interface PreparedLeaf {
  readonly leaf: RankableLeaf;
  readonly order: number;
  /** The type's name in each language, as stems. */
  readonly typeStems: ReadonlyArray<readonly string[]>;
  readonly pathStems: ReadonlyArray<ReadonlySet<string>>;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Shared stems over all stems (Dice): 1 for the same words in any form, 0 for none in common. */
function dice(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b);
  const common = a.filter((s) => other.has(s)).length;
  return a.length + b.length === 0 ? 0 : (2 * common) / (a.length + b.length);
}

/** The share of the category path's stems that the leaf's path has. */
function coverage(path: readonly string[], leafPath: ReadonlySet<string>): number {
  return path.length === 0 ? 0 : path.filter((s) => leafPath.has(s)).length / path.length;
}

function addTo(index: Map<string, number[]>, stems: Iterable<string>, i: number): void {
  for (const stem of stems) {
    const list = index.get(stem) ?? [];
    if (list.at(-1) !== i) {
      list.push(i);
    }
    index.set(stem, list);
  }
}

/** The best of `texts` by `score`, with the text that scored it. */
function best<T>(texts: readonly T[], score: (t: T) => number): { score: number; text: T | undefined } {
  let top: { score: number; text: T | undefined } = { score: 0, text: undefined };
  for (const text of texts) {
    const s = score(text);
    if (s > top.score) {
      top = { score: s, text };
    }
  }
  return top;
}

/**
 * Ranks Ozon's leaves for store categories by three reasons, each explained: the category's name against the
 * type's name, its path against the leaf's path, and the share of its products whose name holds every word of the
 * type's name ("Чехол для смартфона Baseus" is a "Чехол для смартфона"). Words are compared as stems in Russian
 * and English. The reasons add up as independent evidence (1 − Π(1 − weight·score)). Only leaves sharing a stem
 * with the category are scored, through an index built once, so a tree of thousands of leaves stays cheap.
 */
export function createLeafRanker(leaves: readonly RankableLeaf[]) {
  const prepared: PreparedLeaf[] = leaves.map((leaf, order) => ({
    leaf,
    order,
    typeStems: [wordStems(leaf.nameRu), wordStems(leaf.nameEn)].filter((s) => s.length > 0),
    pathStems: [new Set(wordStems(leaf.pathRu)), new Set(wordStems(leaf.pathEn))],
  }));
  const byStem = new Map<string, number[]>();
  const byTypeStem = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    addTo(byStem, p.typeStems.flat(), i);
    addTo(
      byStem,
      p.pathStems.flatMap((s) => [...s]),
      i,
    );
    addTo(byTypeStem, p.typeStems.flat(), i);
  });

  /** Per leaf: how many products are named like its type, and the first such name. */
  function productMatches(
    products: CategoryEvidence['products'],
  ): Map<number, { count: number; example: string }> {
    const matches = new Map<number, { count: number; example: string }>();
    for (const names of products) {
      const stems = new Set(names.flatMap(wordStems));
      const seen = new Set<number>();
      for (const stem of stems) {
        for (const i of byTypeStem.get(stem) ?? []) {
          const p = prepared[i];
          if (seen.has(i) || !p?.typeStems.some((type) => type.every((s) => stems.has(s)))) {
            continue;
          }
          seen.add(i);
          const match = matches.get(i);
          matches.set(i, { count: (match?.count ?? 0) + 1, example: match?.example ?? names[0] ?? '' });
        }
      }
    }
    return matches;
  }

  /**
   * The leaves that fit the category, best first, at most `limit`. Equal scores go to `preferred` (the parent
   * category's leaf: a category that says nothing of its own is most likely what its parent is), then to the
   * tree's order, so the answer never depends on chance.
   */
  function rank(evidence: CategoryEvidence, limit: number, preferred?: OzonLeafRef): RankedLeaf[] {
    const names = evidence.names.map((text) => ({ text, stems: wordStems(text) }));
    const paths = evidence.paths.map((text) => ({ text, stems: wordStems(text) }));
    const candidates = new Set<number>();
    for (const { stems } of [...names, ...paths]) {
      for (const stem of stems) {
        for (const i of byStem.get(stem) ?? []) {
          candidates.add(i);
        }
      }
    }
    const products = productMatches(evidence.products);
    for (const i of products.keys()) {
      candidates.add(i);
    }
    const ranked: Array<RankedLeaf & { order: number }> = [];
    for (const i of candidates) {
      const p = prepared[i];
      if (!p) {
        continue;
      }
      const name = best(names, (n) => Math.max(0, ...p.typeStems.map((type) => dice(n.stems, type))));
      const path = best(paths, (q) =>
        Math.max(...p.pathStems.map((leafPath) => coverage(q.stems, leafPath))),
      );
      const matched = products.get(i);
      const why: LeafEvidence[] = [];
      if (name.score > 0 && name.text) {
        why.push({ reason: 'name', score: round(name.score), text: name.text.text });
      }
      if (path.score > 0 && path.text) {
        why.push({ reason: 'path', score: round(path.score), text: path.text.text });
      }
      if (matched) {
        const share = matched.count / evidence.products.length;
        why.push({ reason: 'product names', score: round(share), text: matched.example });
      }
      const doubt = why.reduce((left, e) => left * (1 - WEIGHT[e.reason] * e.score), 1);
      ranked.push({ leaf: p.leaf, score: round(1 - doubt), why, order: p.order });
    }
    const first = preferred ? leafKey(preferred) : undefined;
    const isPreferred = (r: RankedLeaf): number => (leafKey(r.leaf) === first ? 1 : 0);
    return ranked
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || isPreferred(b) - isPreferred(a) || a.order - b.order)
      .slice(0, limit)
      .map(({ order: _order, ...r }) => r);
  }

  return { rank };
}
