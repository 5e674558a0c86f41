/*
 * The emulator process's control API (bridge/scaffold/ozon-emulator/control/routes.ts) as the offers benchmarks use
 * it: put cards on sale, and read back what arrived and how it was answered.
 */

/** Seeded cards are put on sale in requests of this many (a body of some 50 KB). */
const SEED_CHUNK = 1_000;

/** One stock pair as the bridge sent it. */
export interface SentPair {
  readonly offer_id?: string;
  readonly stock: number;
  readonly warehouse_id: string | number;
}

/** One request the emulator received: `at` is its clock's time on arrival (the wall clock at speed 1). */
export interface ReceivedRequest {
  readonly at: number;
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
}

async function control<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/__control${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new Error(`emulator control ${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** Creates the cards of these offers on sale (SKU given, stock taken), as if moderation had passed; answers their ids. */
export async function seedOnSale(
  base: string,
  offerIds: readonly string[],
): Promise<Array<{ offerId: string; productId: number; sku: number }>> {
  const out: Array<{ offerId: string; productId: number; sku: number }> = [];
  for (let start = 0; start < offerIds.length; start += SEED_CHUNK) {
    const products = offerIds.slice(start, start + SEED_CHUNK).map((offerId) => ({ offerId }));
    const answer = await control<{ products: typeof out }>(base, 'POST', '/products', { products });
    out.push(...answer.products);
  }
  return out;
}

/** Every request received (of one path, when given), oldest first. */
export async function receivedRequests(base: string, path?: string): Promise<ReceivedRequest[]> {
  const query = path === undefined ? '' : `?path=${encodeURIComponent(path)}`;
  return (await control<{ requests: ReceivedRequest[] }>(base, 'GET', `/requests${query}`)).requests;
}

/** Forgets the requests received so far, so that what is read back is the measured part's alone. */
export async function forgetRequests(base: string): Promise<void> {
  await control(base, 'DELETE', '/requests');
}

/** The pairs of a recorded `/v2/products/stocks` request. */
export function pairsOf(request: ReceivedRequest): SentPair[] {
  return (request.body as { stocks?: SentPair[] } | undefined)?.stocks ?? [];
}
