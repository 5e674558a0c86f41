import { type Page, PagingError } from './page';

export interface ValuePage<T extends { readonly id: number | string }> {
  readonly items: readonly T[];
  readonly hasNext: boolean;
}

/**
 * Pages of a dictionary (`/v1/description-category/attribute/values`): `last_value_id` is the id of the last value
 * seen, and only `has_next: false` ends the list. A merchant module once stopped after the first page of 1000 brand
 * values and then rejected valid brands; this iterator never stops early, and fails loudly rather than silently
 * when has_next is true but the page gives no id to continue from.
 */
export async function* pagesByLastValueId<T extends { readonly id: number | string }>(
  fetchPage: (lastValueId: number | string) => Promise<ValuePage<T>>,
): AsyncGenerator<Page<T, number | string>> {
  let token: number | string = 0;
  for (;;) {
    const page = await fetchPage(token);
    const last = page.items.at(-1);
    if (page.hasNext && (last === undefined || String(last.id) === String(token))) {
      throw new PagingError(`has_next after value ${token} but no further value id: cannot continue`);
    }
    const next = page.hasNext && last !== undefined ? last.id : undefined;
    yield { items: page.items, token, next };
    if (next === undefined) {
      return;
    }
    token = next;
  }
}
