import { and, eq, like, or, type SQL } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { normaliseText } from '../mapping/normalise';

/** Most candidate leaves ranked per search; Ozon's whole tree has a few thousand leaves. */
const CANDIDATE_LIMIT = 5000;

export interface LeafSearch {
  readonly q: string;
  readonly page: number;
  readonly perPage: number;
  readonly includeDisabled?: boolean;
}

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** How well one name or path matches the query words (0 = not at all). */
function scoreText(text: string, words: readonly string[], query: string, weight: number): number {
  const normal = normaliseText(text);
  if (normal === '') {
    return 0;
  }
  const tokens = normal.split(' ');
  if (normal === query) {
    return 100 * weight;
  }
  if (words.every((w) => tokens.includes(w))) {
    return 80 * weight;
  }
  if (words.every((w) => tokens.some((t) => t.startsWith(w)))) {
    return 60 * weight;
  }
  return words.every((w) => normal.includes(w)) ? 40 * weight : 0;
}

/**
 * Finds Ozon leaves (product types) by name or path in Russian and English, case-insensitively. Ranked: the
 * type's own name before its path, a whole name before whole words before word starts ("футбол" → "Футболка")
 * before any substring; then shorter names first. The database narrows by LIKE on every word, ranking happens here.
 */
export async function searchLeaves(store: StoreDb, search: LeafSearch) {
  const query = normaliseText(search.q);
  const words = query.split(' ').filter((w) => w !== '');
  if (words.length === 0) {
    return { total: 0, items: [] };
  }
  const t = store.own.ozonCategories;
  const conditions: SQL[] = [eq(t.isLeaf, true)];
  for (const word of words) {
    const condition = or(like(t.pathRu, likePattern(word)), like(t.pathEn, likePattern(word)));
    if (condition) {
      conditions.push(condition);
    }
  }
  if (!search.includeDisabled) {
    conditions.push(eq(t.disabled, false));
  }
  const rows = await store.db
    .select()
    .from(t)
    .where(and(...conditions))
    .limit(CANDIDATE_LIMIT);
  const ranked = rows
    .map((row) => ({
      row,
      score: Math.max(
        scoreText(row.nameRu, words, query, 2),
        scoreText(row.nameEn, words, query, 2),
        scoreText(row.pathRu, words, query, 1),
        scoreText(row.pathEn, words, query, 1),
      ),
    }))
    // LIKE may match across word boundaries the normalised comparison does not ("t-shirt" vs "tshirt").
    .filter((x) => x.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.row.nameRu.length - b.row.nameRu.length ||
        a.row.pathRu.localeCompare(b.row.pathRu),
    );
  const start = (search.page - 1) * search.perPage;
  return {
    total: ranked.length,
    items: ranked.slice(start, start + search.perPage).map(({ row, score }) => ({
      descriptionCategoryId: row.descriptionCategoryId,
      typeId: row.typeId,
      name: row.nameRu,
      nameEn: row.nameEn,
      path: row.pathRu,
      pathEn: row.pathEn,
      disabled: row.disabled,
      score,
    })),
  };
}
