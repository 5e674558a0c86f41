import { invalidArgument } from '../errors';

/**
 * Opaque paging tokens (`cursor`, `last_id`): base64 of the next offset, so that clients cannot depend on their
 * content, as with Ozon's own tokens.
 */
export function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64');
}

/** The offset a token stands for; "" or absent = start. A token that is not ours is a 400, as on Ozon. */
export function decodeToken(token: string | undefined, field: string): number {
  if (token === undefined || token === '') {
    return 0;
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'o' in parsed && Number.isInteger(parsed.o)) {
      return Number(parsed.o);
    }
  } catch {
    // fall through to the 400 below
  }
  throw invalidArgument(`Request validation error: invalid ${field}`);
}

/** One page of `items` from `offset`, and the next token ("" when this is the last page). */
export function page<T>(items: readonly T[], offset: number, limit: number): { items: T[]; next: string } {
  const slice = items.slice(offset, offset + limit);
  const end = offset + slice.length;
  return { items: slice, next: end < items.length ? encodeToken(end) : '' };
}
