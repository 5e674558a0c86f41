import { describe, expect, it } from 'vitest';
import {
  type CursorPage,
  collect,
  PagingError,
  pagesByCursor,
  pagesByLastId,
  pagesByLastValueId,
  pagesByOffset,
} from '../../bridge/src/ozon/paging';

const numbers = Array.from({ length: 2_345 }, (_, i) => i + 1);

describe('pagesByLastId', () => {
  it('reads every item and reports each page token for checkpoints', async () => {
    const requested: string[] = [];
    const pages = pagesByLastId(async (lastId) => {
      requested.push(lastId);
      const from = lastId === '' ? 0 : Number(lastId);
      const items = numbers.slice(from, from + 1_000);
      return { items, lastId: items.length === 0 ? '' : String(from + items.length) };
    });
    const tokens: (string | undefined)[] = [];
    const all: number[] = [];
    for await (const page of pages) {
      tokens.push(page.next);
      all.push(...page.items);
    }
    expect(all).toEqual(numbers);
    expect(requested).toEqual(['', '1000', '2000', '2345']);
    expect(tokens).toEqual(['1000', '2000', '2345', undefined]);
  });

  it('refuses to loop on a repeated last_id', async () => {
    const pages = pagesByLastId(async () => ({ items: [1], lastId: 'same' }));
    await expect(collect(pages)).rejects.toThrow(PagingError);
  });
});

describe('pagesByCursor', () => {
  const source =
    (withHasNext: boolean) =>
    async (cursor: string): Promise<CursorPage<number>> => {
      const from = cursor === '' ? 0 : Number(cursor);
      const items = numbers.slice(from, from + 1_000);
      const end = from + items.length;
      return withHasNext
        ? { items, cursor: String(end), hasNext: end < numbers.length }
        : { items, cursor: String(end) };
    };

  it('follows has_next to the end', async () => {
    expect(await collect(pagesByCursor(source(true)))).toEqual(numbers);
  });

  it('without has_next stops on the first empty page', async () => {
    expect(await collect(pagesByCursor(source(false)))).toEqual(numbers);
  });

  it('follows an empty page that still says has_next', async () => {
    const answers: CursorPage<number>[] = [
      { items: [1], cursor: 'a', hasNext: true },
      { items: [], cursor: 'b', hasNext: true },
      { items: [2], cursor: 'c', hasNext: false },
    ];
    expect(
      await collect(pagesByCursor(async () => answers.shift() ?? { items: [], cursor: '', hasNext: false })),
    ).toEqual([1, 2]);
  });

  it('fails on has_next without a cursor', async () => {
    await expect(
      collect(pagesByCursor(async () => ({ items: [1], cursor: '', hasNext: true }))),
    ).rejects.toThrow(PagingError);
  });
});

describe('pagesByOffset', () => {
  it('advances by what came back until has_next is false', async () => {
    const offsets: number[] = [];
    const pages = pagesByOffset(async (offset, limit) => {
      offsets.push(offset);
      const items = numbers.slice(offset, offset + limit);
      return { items, hasNext: offset + limit < numbers.length };
    }, 1_000);
    expect(await collect(pages)).toEqual(numbers);
    expect(offsets).toEqual([0, 1_000, 2_000]);
  });

  it('without has_next stops on a short page', async () => {
    const pages = pagesByOffset(
      async (offset, limit) => ({ items: numbers.slice(offset, offset + limit) }),
      500,
    );
    expect((await collect(pages)).length).toBe(numbers.length);
  });
});

describe('pagesByLastValueId', () => {
  const values = numbers.map((n) => ({ id: n * 10, value: `brand ${n}` }));

  it('never stops at the first 1000 values', async () => {
    const asked: (number | string)[] = [];
    const pages = pagesByLastValueId(async (lastValueId) => {
      asked.push(lastValueId);
      const from = values.findIndex((v) => v.id > Number(lastValueId));
      const items = from < 0 ? [] : values.slice(from, from + 1_000);
      return { items, hasNext: from >= 0 && from + 1_000 < values.length };
    });
    const all = await collect(pages);
    expect(all).toHaveLength(2_345);
    expect(all.at(-1)).toEqual({ id: 23_450, value: 'brand 2345' });
    expect(asked).toEqual([0, 10_000, 20_000]);
  });

  it('fails loudly when has_next is true but no further id is given', async () => {
    await expect(collect(pagesByLastValueId(async () => ({ items: [], hasNext: true })))).rejects.toThrow(
      PagingError,
    );
  });
});
