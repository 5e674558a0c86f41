/** The defined, non-empty values of a query, as the strings a query string carries. */
export function queryValues(params: object): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (
      (typeof value === 'string' && value !== '') ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      values[key] = String(value);
    }
  }
  return values;
}

/**
 * A route's query as pages write it: numbers and booleans where the route takes any text (they are sent as text),
 * and empty values, which are left out as the bridge expects.
 */
export type QueryInput<Q> = {
  [K in keyof Q]?: Q[K] | (string extends Q[K] ? number | boolean : never) | null;
};

/** The query a route's typed call takes, from what a page wrote. */
export function toQuery<Q extends object>(params: QueryInput<Q>): Q {
  // Each value left is text the route accepts: a number or boolean only stands where it takes any text.
  return queryValues(params) as Q;
}
