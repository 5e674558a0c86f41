/**
 * Places where Ozon's OpenAPI document is known to be wrong about a request the sync sends. The emulator's
 * document check and the conformance test both skip exactly these, each for the reason given.
 */
export interface RequiredDefect {
  readonly path: string;
  /** Field pointer: dot-separated, `[]` for "every array item". */
  readonly field: string;
  readonly why: string;
}

export const ignoredRequired: readonly RequiredDefect[] = [
  {
    path: '/v2/products/stocks',
    field: 'stocks[].quant_size',
    why: 'the property was removed on 2025-06-26 but is still listed as required',
  },
  {
    path: '/v2/products/stocks',
    field: 'stocks[].product_id',
    why: 'the method description allows offer_id alone (offer_id wins when both are sent)',
  },
];

/** True when the document's `required` for `field` on `path` is a known defect. */
export function isIgnoredRequired(path: string, field: string): boolean {
  return ignoredRequired.some((d) => d.path === path && d.field === field);
}
