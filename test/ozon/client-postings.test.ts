import { describe, expect, it } from 'vitest';
import { collect } from '../../bridge/src/ozon/paging';
import { type ClientHarness, createClientHarness, offers } from './client-helpers';

const DAY = 86_400_000;

function window(h: ClientHarness) {
  const now = h.clock.now();
  return { since: new Date(now - DAY).toISOString(), to: new Date(now + DAY).toISOString() };
}

/** Products on sale with stock, and `n` postings of one item each. */
function seedPostings(
  h: ClientHarness,
  n: number,
  scheme: 'fbs' | 'rfbs' = 'fbs',
): { postingNumber: string; sku: number }[] {
  const seeded = h.emulator.control.seedProducts(offers(`${scheme}-P`, n).map((offerId) => ({ offerId })));
  return seeded.map((product) => {
    const created = h.emulator.control.createPosting({
      scheme,
      ...(scheme === 'rfbs' ? { tplIntegrationType: 'non_integrated' as const } : {}),
      products: [{ offerId: product.offerId, quantity: 1 }],
    });
    return { postingNumber: created.postingNumber, sku: product.sku };
  });
}

describe('client: postings', () => {
  it('lists postings across cursor pages, and the unfulfilled ones by cutoff window', async () => {
    const h = createClientHarness();
    const created = seedPostings(h, 7);
    const pages = [];
    for await (const page of h.client.postings.listPages(window(h), { limit: 3 })) {
      pages.push(page.items.map((p) => p.posting_number));
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().sort()).toEqual(created.map((c) => c.postingNumber).sort());

    const now = h.clock.now();
    const unfulfilled = await h.run(
      collect(
        h.client.postings.unfulfilledPages(
          {
            cutoff_from: new Date(now - DAY).toISOString(),
            cutoff_to: new Date(now + 2 * DAY).toISOString(),
          },
          { limit: 5 },
        ),
      ),
    );
    expect(unfulfilled).toHaveLength(7);
    expect(unfulfilled.every((p) => p.status === 'awaiting_packaging')).toBe(true);
  });

  it('gets one posting: FBS hides the customer, rFBS shows a proxy phone', async () => {
    const h = createClientHarness();
    const [fbs] = seedPostings(h, 1, 'fbs');
    const [rfbs] = seedPostings(h, 1, 'rfbs');
    const fbsPosting = await h.run(h.client.postings.get(fbs?.postingNumber ?? ''));
    expect(fbsPosting.customer).toBeUndefined();
    expect(fbsPosting.products[0]?.sku).toBe(String(fbs?.sku));
    const rfbsPosting = await h.run(h.client.postings.get(rfbs?.postingNumber ?? ''));
    expect(rfbsPosting.customer?.phone).toMatch(/^\+7/);
  });

  it('ships a posting, which lands asynchronously', async () => {
    const h = createClientHarness();
    const [p] = seedPostings(h, 1);
    const number = p?.postingNumber ?? '';
    const shipped = await h.run(
      h.client.postings.ship(number, [{ products: [{ product_id: p?.sku ?? 0, quantity: 1 }] }]),
    );
    expect(shipped.result).toEqual([number]);
    expect(shipped.verifiedByRecheck).toBe(false);
    await h.clock.advance(1_500);
    expect((await h.run(h.client.postings.get(number))).status).toBe('awaiting_deliver');
  });

  it('reads cancel reasons and cancels a posting', async () => {
    const h = createClientHarness();
    const [p] = seedPostings(h, 1);
    const number = p?.postingNumber ?? '';
    const reasons = await h.run(h.client.postings.cancelReasons());
    expect(reasons.map((r) => r.id)).toContain('352');
    const allowed = await h.run(h.client.postings.cancelReasonsFor([number]));
    expect(allowed[0]?.posting_number).toBe(number);
    expect(allowed[0]?.reasons.map((r) => r.id)).toContain('352');

    const outcome = await h.run(h.client.postings.cancel({ postingNumber: number, reasonId: 352 }));
    expect(outcome).toEqual({ cancelled: true, verifiedByRecheck: false });
    expect(h.emulator.control.posting(number).status).toBe('cancelled');
  });

  it('a refused cancel (402 without a message) is a typed error, not retried', async () => {
    const h = createClientHarness();
    const [p] = seedPostings(h, 1);
    const error = await h
      .run(h.client.postings.cancel({ postingNumber: p?.postingNumber ?? '', reasonId: 402 }))
      .catch((e) => e);
    expect(error).toMatchObject({
      name: 'OzonApiError',
      status: 400,
      reason: 'invalid-request',
      attempts: 1,
    });
    expect(h.emulator.control.requests({ path: '/v2/posting/fbs/cancel' })).toHaveLength(1);
  });
});

describe('client: rFBS moves', () => {
  it('sets tracking numbers and moves postings delivering → last mile → delivered', async () => {
    const h = createClientHarness();
    const created = seedPostings(h, 2, 'rfbs');
    const numbers = created.map((c) => c.postingNumber);
    for (const c of created) {
      await h.run(
        h.client.postings.ship(c.postingNumber, [{ products: [{ product_id: c.sku, quantity: 1 }] }]),
      );
    }
    await h.clock.advance(1_500);

    const tracking = await h.run(
      h.client.rfbs.setTrackingNumbers(
        numbers.map((n, i) => ({ posting_number: n, tracking_number: `TRK${i}` })),
      ),
    );
    expect(tracking.failed).toEqual([]);

    const delivering = await h.run(h.client.rfbs.delivering(numbers));
    expect(delivering.results.map((r) => r.result)).toEqual([true, true]);
    await h.clock.advance(1_500);
    const lastMile = await h.run(h.client.rfbs.lastMile(numbers));
    expect(lastMile.failed).toEqual([]);
    await h.clock.advance(1_500);
    expect(h.emulator.control.posting(numbers[0] ?? '').substatus).toBe('posting_in_courier_service');
    const delivered = await h.run(h.client.rfbs.delivered(numbers));
    expect(delivered.failed).toEqual([]);
    await h.clock.advance(1_500);
    expect(numbers.map((n) => h.emulator.control.posting(n).status)).toEqual(['delivered', 'delivered']);
  });

  it('returns a refused move as a failed item, not an exception', async () => {
    const h = createClientHarness();
    const [p] = seedPostings(h, 1, 'rfbs');
    const outcome = await h.run(h.client.rfbs.delivered([p?.postingNumber ?? '']));
    expect(outcome.failed).toEqual([
      expect.objectContaining({
        posting_number: p?.postingNumber,
        result: false,
        error: 'TRANSITION_IS_NOT_POSSIBLE',
      }),
    ]);
  });
});
