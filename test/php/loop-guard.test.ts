import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeEventSchema } from '../../bridge/src/contract/store-events';
import { storeOriginHeaders } from '../../bridge/src/security/store-origin';
import { type BridgeStandIn, closedPort, startBridgeStandIn } from './bridge-stand-in';
import { type PhpServer, startPhpServer } from './php-runner';

/**
 * The store's loop guard over real HTTP: a storefront under PHP's built-in server places an order per request
 * and its notifier reports it to a bridge stand-in, unless the request proves it came from the bridge. The
 * storefront listens on loopback, as a store behind a reverse proxy on the same machine sees every shopper.
 */
describe('the loop guard believes only a request the bridge signed', () => {
  const secret = randomBytes(32).toString('hex');
  const stateDir = mkdtempSync(join(tmpdir(), 'meschain-loop-guard-'));
  let bridge: BridgeStandIn;
  let front: PhpServer;

  beforeAll(async () => {
    bridge = await startBridgeStandIn(secret);
    front = await startPhpServer('store_front.php', await closedPort(), {
      BRIDGE_URL: bridge.url,
      BRIDGE_SECRET: secret,
      STATE_DIR: stateDir,
    });
  });
  afterAll(async () => {
    await front?.close();
    await bridge?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  const target = (order: number) => `/index.php?route=api/order/add&order=${order}`;
  const body = 'customer_id=0&payment_method=cod';

  /** Places order `order` with these headers; true when the store reported it to the bridge. */
  async function place(order: number, headers: Record<string, string>, sentTarget = target(order)) {
    const answer = await fetch(`${front.url}${sentTarget}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { sent: boolean }).sent;
  }

  const reportedOrders = () =>
    bridge.seen
      .filter((request) => request.target === '/api/v1/events')
      .map((request) => storeEventSchema.parse(JSON.parse(request.body.toString('utf8'))))
      .filter((event) => event.event === 'order.added')
      .map((event) => event.id);

  it("a shopper's order is reported", async () => {
    expect(await place(101, {})).toBe(true);
    expect(reportedOrders()).toContain(101);
  });

  it('the origin header alone, from loopback, suppresses nothing', async () => {
    expect(await place(102, { 'X-MesChain-Origin': 'bridge' })).toBe(true);
    expect(reportedOrders()).toContain(102);
  });

  it("a request signed by the bridge's signer is not echoed back", async () => {
    const headers = storeOriginHeaders(secret, { method: 'POST', target: target(103), body });
    expect(await place(103, headers)).toBe(false);
    expect(reportedOrders()).not.toContain(103);
  });

  it('a stale signature (older than the 60 s window) does not suppress', async () => {
    const headers = storeOriginHeaders(
      secret,
      { method: 'POST', target: target(104), body },
      Date.now() - 120_000,
    );
    expect(await place(104, headers)).toBe(true);
    expect(reportedOrders()).toContain(104);
  });

  it('a signature with another secret, for another request or another body does not suppress', async () => {
    const other = randomBytes(32).toString('hex');
    expect(await place(105, storeOriginHeaders(other, { method: 'POST', target: target(105), body }))).toBe(
      true,
    );
    // Signed for order 106, sent for order 107: a captured signature does not carry over to another request.
    const forAnother = storeOriginHeaders(secret, { method: 'POST', target: target(106), body });
    expect(await place(107, forAnother)).toBe(true);
    const otherBody = storeOriginHeaders(secret, {
      method: 'POST',
      target: target(108),
      body: `${body}&x=1`,
    });
    expect(await place(108, otherBody)).toBe(true);
    expect(reportedOrders()).toEqual(expect.arrayContaining([105, 107, 108]));
  });

  it('PHP printed no notice or warning while deciding', () => {
    expect(front.problems()).toEqual([]);
  });
});
