import { beforeEach, describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { useTestBridge } from '../harness/test-bridge';
import { signedFetch } from '../panel-api/signed-fetch';

/*
 * POST /events as the extension would send it, and as nobody should: every value is either stored as sent or
 * refused with a 422 naming the field. Before, deep `data` was a 500 from the database, a large id was clamped to
 * 2147483647, year 0000 became a zero date and 4 MB of `data` was stored.
 */

/** `{"a":{"a":…{"a":1}}}`, `levels` objects deep (the `data` object itself is level 1). */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { a: 1 };
  for (let level = 1; level < levels; level++) {
    value = { a: value };
  }
  return value;
}

describe('store events: bounded input', () => {
  const running = useTestBridge();
  beforeEach(async () => {
    await running.store.db.delete(running.store.own.storeEvents);
  });

  const post = (body: unknown) => signedFetch(running.bridge, 'POST', '/api/v1/events', body);
  const stored = () => running.store.db.select().from(running.store.own.storeEvents);

  async function refused(body: unknown): Promise<Record<string, string[]>> {
    const answer = await post(body);
    expect(answer.status, answer.text).toBe(422);
    expect((await stored()).length).toBe(0);
    return errorEnvelopeSchema.parse(answer.json).error.fields ?? {};
  }

  it('stores what the extension sends, as sent', async () => {
    const answer = await post({
      event: 'order.added',
      id: 2_147_483_647,
      data: { products: [{ product_id: 40, quantity: 2 }] },
      at: '1970-01-01T00:00:00Z',
    });
    expect(answer.status, answer.text).toBe(202);
    const [row] = await stored();
    expect(row?.entityId).toBe(2_147_483_647);
    expect(row?.data).toEqual({ products: [{ product_id: 40, quantity: 2 }] });
    expect(row?.occurredAt.toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it('refuses an id beyond the int(11) column instead of storing 2147483647', async () => {
    const fields = await refused({ event: 'product.edited', id: 3_000_000_000 });
    expect(fields).toEqual({ id: ['must be an OpenCart id (1 to 2147483647)'] });
  });

  it('refuses a year-0000 or impossible date instead of storing a zero date', async () => {
    expect(await refused({ event: 'product.edited', id: 5, at: '0000-01-01T00:00:00Z' })).toEqual({
      at: ['must be a time from 1970 to 9999'],
    });
    expect(
      Object.keys(await refused({ event: 'product.edited', id: 5, at: '2026-02-30T10:00:00Z' })),
    ).toEqual(['at']);
  });

  it('takes data 16 levels deep and refuses it deeper (it was a 500 past 32)', async () => {
    expect((await post({ event: 'product.edited', id: 5, data: nested(16) })).status).toBe(202);
    await running.store.db.delete(running.store.own.storeEvents);
    expect(await refused({ event: 'product.edited', id: 5, data: nested(17) })).toEqual({
      data: ['is nested deeper than 16 levels'],
    });
    expect(await refused({ event: 'product.edited', id: 5, data: nested(40) })).toEqual({
      data: ['is nested deeper than 16 levels'],
    });
  });

  it('refuses data over 64 KB as JSON, naming data', async () => {
    const fields = await refused({
      event: 'product.edited',
      id: 5,
      data: { blob: 'x'.repeat(70_000) },
    });
    expect(fields.data?.[0]).toMatch(/^is 70,0\d\d bytes as JSON; at most 65,536 are taken$/);
  });

  it('refuses 4 MB of data as a body over the route ceiling, storing nothing', async () => {
    const answer = await post({
      event: 'product.edited',
      id: 5,
      data: { blob: 'x'.repeat(4 * 1024 * 1024) },
    });
    expect(answer.status, answer.text).toBe(413);
    expect(errorEnvelopeSchema.parse(answer.json).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await stored()).length).toBe(0);
  });

  it('refuses a field the contract does not have', async () => {
    expect(await refused({ event: 'product.edited', id: 5, origin: 'bridge' })).toEqual({
      origin: ['unknown field (not part of the store event)'],
    });
  });
});
