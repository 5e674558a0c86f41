/** One page of a paged Ozon list, with the token that fetched it (for checkpoints) and the one that follows. */
export interface Page<T, Token> {
  readonly items: readonly T[];
  /** The token this page was requested with. */
  readonly token: Token;
  /** The token for the next page; undefined on the last page. */
  readonly next: Token | undefined;
}

/** Thrown when Ozon's paging would make us loop forever or stop without reading everything. */
export class PagingError extends Error {
  override readonly name = 'PagingError';
}

/** Every item of every page, in order. */
export async function* itemsOf<T, Token>(pages: AsyncIterable<Page<T, Token>>): AsyncGenerator<T> {
  for await (const page of pages) {
    yield* page.items;
  }
}

/** Reads all items into an array (for small lists: warehouses, reasons, dictionaries). */
export async function collect<T, Token>(pages: AsyncIterable<Page<T, Token>>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of itemsOf(pages)) {
    all.push(item);
  }
  return all;
}
