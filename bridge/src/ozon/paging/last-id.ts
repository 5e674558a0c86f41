import { type Page, PagingError } from './page';

export interface LastIdPage<T> {
  readonly items: readonly T[];
  readonly lastId: string;
}

/**
 * Pages of a `last_id` list (/v3/product/list, /v4/product/info/attributes): start with "", continue with the
 * returned `last_id` until a page is empty or the token is empty.
 */
export async function* pagesByLastId<T>(
  fetchPage: (lastId: string) => Promise<LastIdPage<T>>,
  firstLastId = '',
): AsyncGenerator<Page<T, string>> {
  let token = firstLastId;
  const seen = new Set<string>([token]);
  for (;;) {
    const page = await fetchPage(token);
    const done = page.items.length === 0 || page.lastId === '';
    if (!done && seen.has(page.lastId)) {
      throw new PagingError(`last_id ${page.lastId} repeated: Ozon would loop`);
    }
    yield { items: page.items, token, next: done ? undefined : page.lastId };
    if (done) {
      return;
    }
    token = page.lastId;
    seen.add(token);
  }
}
