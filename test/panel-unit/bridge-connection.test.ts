import { describe, expect, it } from 'vitest';
import { PanelApiError } from '../../admin-ui/src/api/errors';
import type { Transport } from '../../admin-ui/src/api/transport';
import { readPanelConfig } from '../../admin-ui/src/config';
import { watchConnection } from '../../admin-ui/src/connection/connection';
import { nextCheckDelay, shellWord, startCommandFor } from '../../admin-ui/src/connection/start-command';

/** A transport that answers from a script of outcomes, one per call. */
function scripted(outcomes: Array<'ok' | PanelApiError>): Transport {
  return async () => {
    const next = outcomes.shift();
    if (next === undefined || next === 'ok') {
      return new Response('{}', { status: 200 });
    }
    throw next;
  };
}

describe('the bridge connection', () => {
  it('is down after a BRIDGE_UNAVAILABLE failure and up again after the next answer, counting the comeback', async () => {
    const unavailable = new PanelApiError('BRIDGE_UNAVAILABLE', 'connection refused', 0);
    const refused = new PanelApiError('FORBIDDEN', 'no permission', 403);
    const { transport, connection } = watchConnection(
      scripted([unavailable, refused, unavailable, 'ok', 'ok']),
    );
    await expect(transport('GET', '/api/v1/status')).rejects.toBe(unavailable);
    expect(connection.down.value).toBe(unavailable);
    expect(connection.reached.value).toBe(false);
    // The proxy refusing a call says nothing about the bridge.
    await expect(transport('POST', '/api/v1/settings')).rejects.toBe(refused);
    expect(connection.down.value).toBe(unavailable);
    await expect(transport('GET', '/api/v1/status')).rejects.toBe(unavailable);
    await transport('GET', '/api/v1/status');
    expect(connection.down.value).toBeUndefined();
    expect(connection.reached.value).toBe(true);
    expect(connection.recoveries.value).toBe(1);
    await transport('GET', '/api/v1/status');
    expect(connection.recoveries.value).toBe(1);
  });

  it("names this store's folder in the start command, quoted for the shell when it needs to be", () => {
    expect(startCommandFor('/var/www/shop')).toBe('npx meschain-ozon serve --opencart-root /var/www/shop');
    expect(startCommandFor(' /srv/my shop ')).toBe("npx meschain-ozon serve --opencart-root '/srv/my shop'");
    expect(startCommandFor('')).toBeUndefined();
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
  });

  it('checks again after 2 s, doubling up to 30 s', () => {
    const delays: number[] = [];
    let delay: number | undefined;
    for (let i = 0; i < 7; i++) {
      delay = nextCheckDelay(delay);
      delays.push(delay);
    }
    expect(delays).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("reads the store's folder and the page's own bridge notice from the mount element", () => {
    const page = readPanelConfig({ proxyUrl: 'index.php?x', opencartRoot: '/var/www/shop', bridgeUp: '0' });
    expect(page).toMatchObject({ opencartRoot: '/var/www/shop', bridgeNoticeOnPage: true });
    expect(readPanelConfig({ bridgeUp: '1' }).bridgeNoticeOnPage).toBe(false);
    expect(readPanelConfig({})).toMatchObject({ opencartRoot: '', bridgeNoticeOnPage: false });
  });
});
