import { type Page, PagingError } from './page';

export interface CursorPage<T> {
  readonly items: readonly T[];
  readonly cursor: string;
  /** Present on lists that report it (v4 postings, v2 warehouses, v2 stocks-by-warehouse). */
  readonly hasNext?: boolean | undefined;
}

/**
 * Pages of a `cursor` list. With `has_next` it alone decides (an empty page with has_next=true is still followed,
 * so nothing is skipped); without it (v4 info stocks, v5 prices) an empty page or an empty cursor ends the list.
 */
export async function* pagesByCursor<T>(
  fetchPage: (cursor: string) => Promise<CursorPage<T>>,
  firstCursor = '',
): AsyncGenerator<Page<T, string>> {
  let token = firstCursor;
  const seen = new Set<string>([token]);
  for (;;) {
    const page = await fetchPage(token);
    const done = page.hasNext === undefined ? page.items.length === 0 || page.cursor === '' : !page.hasNext;
    if (!done && (page.cursor === '' || seen.has(page.cursor))) {
      throw new PagingError(`has_next without a new cursor (got "${page.cursor}"): Ozon would loop`);
    }
    yield { items: page.items, token, next: done ? undefined : page.cursor };
    if (done) {
      return;
    }
    token = page.cursor;
    seen.add(token);
  }
}
