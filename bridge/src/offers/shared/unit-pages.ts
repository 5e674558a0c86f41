import type { UnitSelection } from './offer-units';

/** Units read and written at a time in a pass over the whole catalogue. */
export const UNIT_PAGE = 1000;

/**
 * Reads the units of these products a page of products at a time and applies `apply` to each page; answers what
 * the pages answered, in order.
 */
export async function forProducts<U, R>(
  productIds: readonly number[],
  read: (selection: UnitSelection) => Promise<U[]>,
  apply: (units: U[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < productIds.length; i += UNIT_PAGE) {
    out.push(...(await apply(await read({ productIds: productIds.slice(i, i + UNIT_PAGE) }))));
  }
  return out;
}

/**
 * Reads every unit a page at a time after `afterProductId` and applies `apply` to each page, until none is left or
 * `signal` stops it; answers how many units were read and how many results the pages gave.
 */
export async function forEveryUnit<U extends { productId: number }, R>(
  read: (selection: UnitSelection) => Promise<U[]>,
  apply: (units: U[], readSoFar: number) => Promise<R[]>,
  options: { readonly afterProductId?: number; readonly signal?: AbortSignal | undefined } = {},
): Promise<{ readonly units: number; readonly results: number }> {
  let after = options.afterProductId ?? 0;
  let units = 0;
  let results = 0;
  while (!options.signal?.aborted) {
    const page = await read({ afterProductId: after, limit: UNIT_PAGE });
    const last = page.at(-1);
    if (!last) {
      break;
    }
    after = last.productId;
    units += page.length;
    results += (await apply(page, units)).length;
  }
  return { units, results };
}
