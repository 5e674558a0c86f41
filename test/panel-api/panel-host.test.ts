import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../bridge/scaffold/demo-panel';
import { usePanelTestBridge } from '../harness/panel-bridge';

describe('bridge-served panel', () => {
  const panel = usePanelTestBridge();

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${panel.bridge.url}${path}`, { headers, redirect: 'manual' });

  const login = async (): Promise<{ cookie: string; csrf: string }> => {
    const answer = await fetch(panel.bridge.panelLoginUrl(), { redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/panel/#/');
    const setCookie = answer.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0] ?? '';
    const shell = await (await get('/panel/', { cookie })).text();
    const csrf = /data-csrf="([0-9a-f]{64})"/.exec(shell)?.[1] ?? '';
    expect(csrf).toMatch(/^[0-9a-f]{64}$/);
    return { cookie, csrf };
  };

  it('asks for the login link without a session', async () => {
    const answer = await get('/panel/');
    expect(answer.status).toBe(401);
    expect(await answer.text()).toContain('login link');
    expect((await get('/panel')).headers.get('location')).toBe('/panel/');
  });

  it('accepts each login link once', async () => {
    const url = panel.bridge.panelLoginUrl();
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(302);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(401);
    expect(
      (await fetch(`${panel.bridge.url}/panel/login/${'0'.repeat(64)}`, { redirect: 'manual' })).status,
    ).toBe(401);
  });

  it('serves the shell with the mount element and the built files named by the manifest', async () => {
    const { cookie } = await login();
    const shell = await (await get('/panel/?lang=ru', { cookie })).text();
    expect(shell).toContain('id="meschain-ozon-app"');
    expect(shell).toContain('data-language="ru"');
    expect(shell).toContain('src="assets-root/assets/main-1.js"');
    expect(shell).toContain('href="assets-root/assets/main-1.css"');
    const script = await get('/panel/assets-root/assets/main-1.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await get('/panel/static/frame.css')).status).toBe(200);
    for (const sneaky of [
      '/panel/assets-root/..%2f..%2fpackage.json',
      '/panel/assets-root/.vite/manifest.json',
    ]) {
      expect((await get(sneaky)).status).toBe(404);
    }
  });

  it('lets the session read the API, and write only with the CSRF header', async () => {
    const { cookie, csrf } = await login();
    expect((await get('/api/v1/settings')).status).toBe(401);
    expect((await get('/api/v1/settings', { cookie })).status).toBe(200);
    const put = (headers: Record<string, string>) =>
      fetch(`${panel.bridge.url}/api/v1/settings`, {
        method: 'PUT',
        headers: { cookie, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ autoSync: true }),
      });
    expect((await put({})).status).toBe(401);
    expect((await put({ [CSRF_HEADER]: 'f'.repeat(64) })).status).toBe(401);
    expect((await put({ [CSRF_HEADER]: csrf })).status).toBe(200);
  });

  it("holds a session's writes to the route's body limit too", async () => {
    const { cookie, csrf } = await login();
    const answer = await fetch(`${panel.bridge.url}/api/v1/settings`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json', [CSRF_HEADER]: csrf },
      body: JSON.stringify({ autoSync: true, padding: 'x'.repeat(100_000) }),
    });
    expect(answer.status).toBe(413);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers nobody who reaches it under another host name', async () => {
    const { cookie } = await login();
    // fetch() will not send a Host header of our choosing; node:http will, as a rebinding page's browser would.
    const statusWithHost = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const sent = request(
          `${panel.bridge.url}${path}`,
          { headers: { host: 'attacker.example', cookie } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        sent.on('error', reject);
        sent.end();
      });
    expect(await statusWithHost('/panel/')).toBe(403);
    expect(await statusWithHost('/api/v1/settings')).toBe(401);
    expect(await statusWithHost('/health')).toBe(200);
  });
});
