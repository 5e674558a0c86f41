import type { Page } from './page';

export interface OffsetPage<T> {
  readonly items: readonly T[];
  readonly hasNext?: boolean | undefined;
}

/**
 * Pages of an `offset` + `limit` list: continue while `has_next` says so, or, where the list has no such flag,
 * while pages come back full.
 */
export async function* pagesByOffset<T>(
  fetchPage: (offset: number, limit: number) => Promise<OffsetPage<T>>,
  limit: number,
  firstOffset = 0,
): AsyncGenerator<Page<T, number>> {
  let offset = firstOffset;
  for (;;) {
    const page = await fetchPage(offset, limit);
    const done =
      page.hasNext === undefined ? page.items.length < limit : !page.hasNext || page.items.length === 0;
    const next = offset + page.items.length;
    yield { items: page.items, token: offset, next: done ? undefined : next };
    if (done) {
      return;
    }
    offset = next;
  }
}
