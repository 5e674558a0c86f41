import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withNamedLock } from '../../bridge/src/db/named-lock';
import { createTestStore, type TestStore } from '../harness/test-store';

describe('named locks', () => {
  let a: TestStore;
  let b: TestStore;

  beforeAll(async () => {
    // Two stores with the same table prefix in two databases of one server.
    a = await createTestStore();
    b = await createTestStore();
  });
  afterAll(async () => {
    await a?.destroy();
    await b?.destroy();
  });

  it("are the store's own: a lock held in one database does not hold up the same name in another", async () => {
    const name = `${a.prefix}meschain_ozon_offer_stock_push`;
    expect(b.prefix).toBe(a.prefix);
    const order: string[] = [];
    await withNamedLock(a.pool, name, 1, async () => {
      order.push('a holds');
      await withNamedLock(b.pool, name, 1, async () => {
        order.push('b holds');
      });
    });
    expect(order).toEqual(['a holds', 'b holds']);
  });

  it('still exclude each other within one database', async () => {
    const name = `${a.prefix}meschain_ozon_offer_stock_push`;
    await withNamedLock(a.pool, name, 1, async () => {
      await expect(withNamedLock(a.pool, name, 1, async () => undefined)).rejects.toThrow(
        /could not take the lock/,
      );
    });
  });
});
