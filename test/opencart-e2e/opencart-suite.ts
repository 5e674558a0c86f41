/*
 * The extension on a real OpenCart 3, driven in headless Chromium as a merchant would: one suite that each store's
 * test file runs (a rig-installed release per version, or the store OPENCART_ROOT names). The run changes the
 * store: it installs the module, adds test users, edits demo products (their package data is put back) and drops
 * the bridge's own tables first when it starts the bridge itself. CHROMIUM_PATH names the browser (default
 * /usr/bin/chromium). Screenshots: test/opencart-e2e/artifacts/, a folder per store.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { statusResponseSchema } from '../../bridge/src/contract/status';
import { buildPackage, type PackageResult } from '../../bridge/src/package/build';
import {
  adminPage,
  callProxy,
  installModule,
  launchChromium,
  login,
  uninstallModule,
  uploadThroughInstaller,
} from './admin-browser';
import { type Shoot, screenshotsFor } from './artifacts';
import { externalBridge, type RunningBridge, startBridge } from './bridge-process';
import { type BridgeTap, startBridgeTap } from './bridge-tap';
import { fixPlaceSteps } from './fix-place-steps';
import {
  administratorPermissions,
  createUser,
  type Db,
  dropBridgeTables,
  openDb,
  resetModule,
  rows,
} from './opencart-db';
import { ensureServer, type OpencartSite, readSite } from './opencart-site';
import { ozonExportSteps } from './ozon-export-steps';
import { removeInstalledFiles, versionBumpedProject } from './package-variants';
import { openFromMenu, openTab } from './panel-steps';
import { placeApiOrder } from './store-api';

const ROUTE = 'extension/module/meschain_ozon';
/**
 * OpenCart posts a store event to the bridge inside the admin's or the API's request, and the bridge stores it
 * when it answers; the wait covers both on a machine busy with the rest of the test run.
 */
const STORE_EVENT_WAIT = { timeout: 15_000, interval: 250 };

/** The store one test file runs the suite on, and how to let go of it. */
export interface StoreUnderTest {
  /** The web root; its admin/config.php names URLs, database and log folder. */
  readonly root: string;
  /** An administrator's login. */
  readonly admin: { readonly user: string; readonly password: string };
  /** A bridge the caller already runs for this store (its tables are then left alone); unset: the run starts one. */
  readonly bridgeUrl: string | undefined;
  /** Undoes whatever providing the store did (stop, drop, delete); runs after everything else is closed. */
  release(): Promise<void>;
}

/** The real-store tests, in the order a merchant meets them, on the store `provide` gives (called once, first). */
export function opencartSuite(provide: () => Promise<StoreUnderTest>): void {
  let site: OpencartSite;
  let db: Db;
  let stopServer: () => Promise<void>;
  let bridge: RunningBridge;
  let tap: BridgeTap;
  let shoot: Shoot;
  let browser: Browser;
  let page: Page;
  let token: string;
  let pkg: PackageResult;
  let errorLog: string;
  let store: StoreUnderTest | undefined;
  let work = '';
  /** The shared secret the first install made; every later step must keep it. */
  let firstSecret = '';
  /** Whether the bridge is this run's own, so that its tables and figures are the test's to check. */
  let ownBridge = true;
  const t = (table: string) => `\`${site.db.prefix}${table}\``;
  /** The module's rows in OpenCart's settings, whatever their setting code. */
  const moduleSettings = () =>
    rows<{ key: string; value: string }>(
      db,
      `SELECT \`key\`, value FROM ${t('setting')} WHERE store_id = 0 AND \`key\` LIKE 'module\\_meschain\\_ozon\\_%'`,
    );

  /**
   * Module page > Module > Bridge URL, as a merchant whose bridge runs on another port would set it. Enter in the
   * field submits: a click on Save could miss while the panel above is still growing (a layout shift).
   */
  async function saveBridgeUrl(url: string = tap.url): Promise<void> {
    await page.goto(adminPage(site.adminUrl, token, ROUTE));
    await page.click('a[href="#meschain-ozon-module-body"]');
    await page.fill('#input-meschain-ozon-bridge-url', url);
    // The save answers with a redirect to the module page; the page is read once that new page arrived.
    const reloaded = page.waitForResponse(
      (r) =>
        r.request().isNavigationRequest() &&
        r.request().method() === 'GET' &&
        new URL(r.url()).searchParams.get('route') === ROUTE,
    );
    await page.press('#input-meschain-ozon-bridge-url', 'Enter');
    await reloaded;
    await page.waitForLoadState('domcontentloaded');
  }

  beforeAll(async () => {
    store = await provide();
    ownBridge = store.bridgeUrl === undefined;
    work = mkdtempSync(join(tmpdir(), 'meschain-e2e-'));
    site = readSite(store.root);
    stopServer = await ensureServer(site);
    db = await openDb(site);
    await resetModule(db, site.db.prefix);
    if (ownBridge) {
      await dropBridgeTables(db, site.db.prefix);
    }
    // By web root as well: OpenCart's 3.0.3.9 release still says 3.0.3.8 in its VERSION constant.
    shoot = screenshotsFor(`opencart-${site.version}-${basename(site.root)}`);
    pkg = await buildPackage({
      projectRoot: fileURLToPath(new URL('../../', import.meta.url)),
      outFile: join(work, 'meschain_ozon.ocmod.zip'),
    });
    // Without the built panel every panel step would time out one by one; say so once, up front.
    if (pkg.warnings.length > 0) {
      throw new Error(`the package is not what a merchant gets:\n${pkg.warnings.join('\n')}`);
    }
    removeInstalledFiles(site.root, pkg.entries);
    const [logName] = await rows<{ value: string }>(
      db,
      `SELECT value FROM ${t('setting')} WHERE \`key\` = 'config_error_filename'`,
    );
    errorLog = join(site.logDir, logName?.value || 'error.log');
    writeFileSync(errorLog, '');
    // The notifier's once-a-minute log throttle keeps its time here; a recent earlier run must not silence it.
    rmSync(join(site.cacheDir, 'meschain_ozon_notify.state'), { force: true });
    bridge = store.bridgeUrl === undefined ? await startBridge(site.root) : externalBridge(store.bridgeUrl);
    tap = await startBridgeTap(bridge.url);
    browser = await launchChromium();
    page = await browser.newPage();
    token = await login(page, site.adminUrl, store.admin.user, store.admin.password);
  });

  afterAll(async () => {
    await browser?.close();
    await tap?.close();
    await bridge?.stop();
    await db?.end();
    await stopServer?.();
    await store?.release();
    if (work) {
      rmSync(work, { recursive: true, force: true });
    }
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page && shoot) {
      await shoot(page, `FAILED-${task.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}`);
    }
  });

  it('the zip uploads through Extensions > Installer', async () => {
    expect(await uploadThroughInstaller(page, site.adminUrl, token, pkg.zipPath)).toContain('Success');
    await shoot(page, 'installer-upload-success');
    expect(existsSync(join(site.root, 'admin/controller/extension/module/meschain_ozon.php'))).toBe(true);
    expect(existsSync(join(site.root, 'system/library/meschain_ozon/bootstrap.php'))).toBe(true);
  });

  it('Install under Extensions > Modules registers the events and keeps one secret', async () => {
    await installModule(page, site.adminUrl, token);
    await shoot(page, 'modules-list-installed');
    const events = await rows<{ code: string }>(
      db,
      `SELECT code FROM ${t('event')} WHERE code LIKE 'meschain\\_ozon\\_%'`,
    );
    expect(events).toHaveLength(7);
    const settings = await moduleSettings();
    const secrets = settings.filter((s) => s.key === 'module_meschain_ozon_bridge_secret');
    expect(secrets).toHaveLength(1);
    expect(secrets[0]?.value).toMatch(/^[0-9a-f]{64}$/);
    firstSecret = secrets[0]?.value ?? '';
    expect(settings.find((s) => s.key === 'module_meschain_ozon_status')?.value).toBe('1');
  });

  it('the module page saves the bridge URL and then finds the bridge running', async () => {
    await saveBridgeUrl();
    await expect(page.locator('.alert-success').textContent()).resolves.toContain('saved');
    expect(await page.locator('#meschain-ozon-bridge-down').count()).toBe(0);
    await page.click('a[href="#meschain-ozon-module-body"]');
    await page.waitForSelector('#meschain-ozon-module-body.collapse.in');
    await shoot(page, 'module-page-bridge-url-saved');
  });

  it('the Ozon menu entry opens the panel page', async () => {
    await page.goto(adminPage(site.adminUrl, token, 'catalog/product'));
    await page.click('#menu-meschain-ozon > a');
    // Bootstrap's collapse has finished opening once it carries "in" again (and no longer "collapsing").
    await page.waitForSelector('#menu-meschain-ozon > ul.collapse.in');
    await shoot(page, 'menu-entry');
    await Promise.all([
      page.waitForURL(/meschain_ozon.*#\/products$/),
      page.click('#menu-meschain-ozon a[href$="#/products"]'),
    ]);
    await expect(page.title()).resolves.toContain('MesChain Ozon');
    const mount = page.locator('#meschain-ozon-app');
    await expect(mount.getAttribute('data-language')).resolves.toBe('en');
    await expect(mount.getAttribute('data-proxy-url')).resolves.toContain(
      `route=${ROUTE}/proxy&user_token=${token}`,
    );
  });

  it('the panel gets data from the bridge through the signed proxy', async () => {
    const answer = await callProxy(page, 'GET', '/api/v1/status');
    expect(answer.status, answer.text).toBe(200);
    expect(answer.contentType).toContain('application/json');
    if (ownBridge) {
      const status = statusResponseSchema.parse(JSON.parse(answer.text));
      expect(status.store.products).toBeGreaterThan(0);
      expect(status.tablePrefix).toBe(site.db.prefix);
    }
    // The package carries the built panel (Vite's manifest), which replaces the loading line once it mounts.
    expect(pkg.entries.some((name) => /meschain_ozon\/(\.vite\/)?manifest\.json$/.test(name))).toBe(true);
    await page.locator('#meschain-ozon-app > p.text-muted').waitFor({ state: 'detached', timeout: 15_000 });
    await openFromMenu(page, '#/');
    const figure = page.locator('#meschain-figure-products .meschain-figure-value');
    await expect.poll(() => figure.textContent(), { timeout: 15_000 }).toMatch(/\d/);
    if (ownBridge) {
      const [count] = await rows<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${t('product')}`);
      expect(Number((await figure.textContent())?.replace(/\D/g, ''))).toBe(Number(count?.n));
    }
    await shoot(page, 'panel-dashboard-with-bridge-data');
  });

  it("the admin's left menu highlights the Ozon page shown: from the menu, the panel's tabs and a reload", async () => {
    // OpenCart marks the menu link last clicked (kept in sessionStorage) when a page loads; the panel's pages
    // are hash routes of one admin page, so a click that only changes the hash, or the panel's own tabs, left the
    // mark where it was.
    const marked = (): Promise<{ entries: string[]; pages: string[] }> =>
      page.evaluate(`({
        entries: [...document.querySelectorAll('#menu > li.active')].map((li) => li.id),
        pages: [...document.querySelectorAll('#menu-meschain-ozon ul li.active > a')].map((a) => a.hash),
      })`);
    const showing = (hash: string) => ({ entries: ['menu-meschain-ozon'], pages: [hash] });
    await page.goto(adminPage(site.adminUrl, token, 'catalog/product'));
    await openFromMenu(page, '#/settings');
    await expect.poll(marked, STORE_EVENT_WAIT).toEqual(showing('#/settings'));
    await openFromMenu(page, '#/products');
    await expect.poll(marked, STORE_EVENT_WAIT).toEqual(showing('#/products'));
    await openTab(page, 'mapping', token);
    await expect.poll(marked, STORE_EVENT_WAIT).toEqual(showing('#/mapping'));
    await page.reload();
    await page.waitForSelector('.meschain-ozon[data-page="mapping"]');
    await expect.poll(marked, STORE_EVENT_WAIT).toEqual(showing('#/mapping'));
    await shoot(page, 'menu-follows-panel-page');
  });

  ozonExportSteps(() => ({ site, db, page, token, shoot, errorLog, tap }));

  fixPlaceSteps(() => ({ adminUrl: site.adminUrl, page, token, shoot }));

  it('a product saved in the admin reaches the bridge as a store event', async () => {
    await page.goto(adminPage(site.adminUrl, token, 'catalog/product/edit', '&product_id=42'));
    await Promise.all([
      page.waitForURL(/route=catalog\/product&/),
      page.click('button[form="form-product"][type="submit"]'),
    ]);
    if (ownBridge) {
      const found = () =>
        rows(
          db,
          `SELECT id FROM ${t('meschain_ozon_store_events')} WHERE event = 'product.edited' AND entity_id = 42`,
        );
      await expect.poll(async () => (await found()).length, STORE_EVENT_WAIT).toBeGreaterThan(0);
    }
    expect(readFileSync(errorLog, 'utf8')).not.toContain('did not take event');
  });

  it('an order placed through the store reaches the bridge as order.added and order.history_added', async () => {
    const orderId = await placeApiOrder(site, db, 40);
    if (ownBridge) {
      const events = async () =>
        (
          await rows<{ event: string }>(
            db,
            `SELECT event FROM ${t('meschain_ozon_store_events')} WHERE entity_id = ? AND event LIKE 'order.%'`,
            [orderId],
          )
        )
          .map((row) => row.event)
          .sort();
      await expect.poll(events, STORE_EVENT_WAIT).toEqual(['order.added', 'order.history_added']);
    }
    expect(readFileSync(errorLog, 'utf8')).not.toContain('did not take event');
  });

  it('a user group without access sees no Ozon menu and is refused the page and the proxy', async () => {
    const permissions = await administratorPermissions(db, site.db.prefix);
    const without = (list: string[]) => list.filter((route) => route !== ROUTE);
    const user = await createUser(db, site.db.prefix, 'noaccess', 'pass12345', {
      access: without(permissions.access),
      modify: without(permissions.modify),
    });
    const other = await browser.newPage();
    const otherToken = await login(other, site.adminUrl, user, 'pass12345');
    expect(await other.locator('#menu-meschain-ozon').count()).toBe(0);
    await other.goto(adminPage(site.adminUrl, otherToken, ROUTE));
    expect(await other.locator('#meschain-ozon-app').count()).toBe(0);
    expect((await other.content()).toLowerCase()).toContain('permission');
    const proxied = await other.evaluate(
      async (url) => (await fetch(url)).text(),
      adminPage(site.adminUrl, otherToken, `${ROUTE}/proxy`, '&path=%2Fapi%2Fv1%2Fstatus'),
    );
    expect(proxied).not.toContain('"tablePrefix"');
    expect(proxied).not.toContain('"ok":true');
    await other.close();
  });

  it('a read-only user group may look but not change', async () => {
    const user = await createUser(db, site.db.prefix, 'readonly', 'pass12345', {
      access: [ROUTE],
      modify: [],
    });
    const other = await browser.newPage();
    const otherToken = await login(other, site.adminUrl, user, 'pass12345');
    await other.goto(adminPage(site.adminUrl, otherToken, ROUTE));
    expect(await other.locator('#menu-meschain-ozon').count()).toBe(1);
    expect((await callProxy(other, 'GET', '/api/v1/status')).status).toBe(200);
    const write = await callProxy(other, 'POST', '/api/v1/events', { event: 'product.edited', id: 42 });
    expect(write.status).toBe(403);
    expect(JSON.parse(write.text)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    await other.close();
  });

  it('uninstall removes events and settings but keeps the bridge data, the bridge URL and the secret', async () => {
    await uninstallModule(page, site.adminUrl, token);
    expect(
      await rows(db, `SELECT event_id FROM ${t('event')} WHERE code LIKE 'meschain\\_ozon\\_%'`),
    ).toHaveLength(0);
    // What is left of the module is what connects it to its bridge, as the README promises.
    const left = await moduleSettings();
    expect(left.map((s) => s.key).sort()).toEqual([
      'module_meschain_ozon_bridge_secret',
      'module_meschain_ozon_bridge_url',
    ]);
    expect(left.find((s) => s.key === 'module_meschain_ozon_bridge_secret')?.value).toBe(firstSecret);
    expect(left.find((s) => s.key === 'module_meschain_ozon_bridge_url')?.value).toBe(tap.url);
    if (ownBridge) {
      const tables = await rows(
        db,
        `SHOW TABLES LIKE '${site.db.prefix.replace(/_/g, '\\_')}meschain\\_ozon\\_%'`,
      );
      expect(tables.length).toBeGreaterThan(0);
    }
  });

  it('installing again and uploading a newer zip over it upgrade cleanly', async () => {
    await installModule(page, site.adminUrl, token);
    const newer = await buildPackage({
      projectRoot: versionBumpedProject(work, '99.0.0'),
      outFile: join(work, 'newer', 'meschain_ozon.ocmod.zip'),
    });
    expect(await uploadThroughInstaller(page, site.adminUrl, token, newer.zipPath)).toContain('Success');
    // Any admin page runs the menu event, which upgrades. PHP's opcache may serve the old files for up to its
    // revalidation interval (2 s by default), so a merchant's next page or two does it.
    const versionAfterAdminPage = async () => {
      await page.goto(adminPage(site.adminUrl, token, 'common/dashboard'));
      const [row] = await rows<{ value: string }>(
        db,
        `SELECT value FROM ${t('setting')} WHERE \`key\` = 'module_meschain_ozon_version'`,
      );
      return row?.value ?? '';
    };
    await expect.poll(versionAfterAdminPage, { timeout: 30_000, interval: 1000 }).toBe('99.0.0');
    expect(
      await rows(db, `SELECT event_id FROM ${t('event')} WHERE code LIKE 'meschain\\_ozon\\_%'`),
    ).toHaveLength(7);
    // The bridge URL and the secret came through uninstall and install: the panel reaches the bridge at once.
    expect((await callProxy(page, 'GET', '/api/v1/status')).status).toBe(200);
    const settings = await moduleSettings();
    expect(
      settings.filter((s) => s.key === 'module_meschain_ozon_bridge_secret').map((s) => s.value),
    ).toEqual([firstSecret]);
    expect(settings.filter((s) => s.key === 'module_meschain_ozon_bridge_url').map((s) => s.value)).toEqual([
      tap.url,
    ]);
  });

  it("OpenCart's error log stayed empty", () => {
    expect(readFileSync(errorLog, 'utf8')).toBe('');
  });

  it('with the bridge stopped the page says how to start it, the proxy answers 503 at once and saves still work', async () => {
    await saveBridgeUrl('http://127.0.0.1:9');
    const notice = (await page.locator('#meschain-ozon-bridge-down').textContent()) ?? '';
    await shoot(page, 'bridge-down-notice');
    expect(notice).toContain('http://127.0.0.1:9');
    expect(notice).toContain(`meschain-ozon serve --opencart-root ${site.root}`);
    // A bridge on another port is found by the field the notice names, in the folded "Module" box below.
    expect(notice).toContain('Bridge URL');
    expect(notice).toContain('"Module"');
    const answer = await callProxy(page, 'GET', '/api/v1/status');
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.text)).toMatchObject({ error: { code: 'BRIDGE_UNAVAILABLE' } });
    for (let save = 0; save < 2; save++) {
      await page.goto(adminPage(site.adminUrl, token, 'catalog/product/edit', '&product_id=42'));
      await Promise.all([
        page.waitForURL(/route=catalog\/product&/),
        page.click('button[form="form-product"][type="submit"]'),
      ]);
    }
    // Two failed notifications, one log line: the notifier logs at most once a minute.
    const lines = readFileSync(errorLog, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('MesChain Ozon: the bridge did not take event product.edited');
  });
}
