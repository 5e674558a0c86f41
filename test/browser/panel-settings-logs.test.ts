import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../bridge/scaffold/ozon-emulator';
import { screenshot } from './support/artifacts';
import { chromiumAvailable } from './support/chromium';
import { type PanelEnvironment, startPanelEnvironment } from './support/panel-env';
import { attributesOf, POLL } from './support/poll';

/** Every value equals `expected`, and there is at least one. */
const allEqual =
  (expected: string) =>
  (values: ReadonlyArray<string | null>): boolean =>
    values.length > 0 && values.every((value) => value === expected);

const credential = defaultCredentials[0] ?? { clientId: '123456', apiKey: 'emulator-api-key' };

describe.skipIf(!chromiumAvailable())('panel in Chromium: settings, connection check, logs', () => {
  let env: PanelEnvironment;
  /** Waits for the settings save the bridge refuses with 422, a failure the test means to provoke. */
  const refusedSave = async (page: Page): Promise<void> => {
    const settings = /\/api\/v1\/settings$/;
    env.expectedFailures.push(settings);
    try {
      const answer = await page.waitForResponse(
        (response) => settings.test(response.url()) && response.request().method() === 'PUT',
      );
      expect(answer.status()).toBe(422);
    } finally {
      env.expectedFailures.splice(env.expectedFailures.indexOf(settings), 1);
    }
  };
  beforeAll(async () => {
    env = await startPanelEnvironment();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('opens on the dashboard with figures from the bridge', async () => {
    const { page, sample } = env;
    await page.waitForSelector('#meschain-figure-products .meschain-figure-value');
    await expect
      .poll(() => page.textContent('#meschain-figure-products .meschain-figure-value'), POLL)
      .not.toBe('—');
    const products = await page.textContent('#meschain-figure-products .meschain-figure-value');
    expect(Number(products?.replace(/\D/g, ''))).toBe(sample.products);
    await expect.poll(() => page.textContent('#meschain-figure-ozon'), POLL).toContain('Not configured');
    await screenshot(page, '01-dashboard-empty');
  });

  it("shows the bridge's field errors by field, saves credentials and never shows the key again", async () => {
    const { page } = env;
    await page.click('[data-page-link="settings"]');
    await page.waitForSelector('#meschain-settings-form');
    await page.fill('#input-client-id', '12ab');
    await page.fill('#input-api-key', 'short');
    await page.fill('#input-api-url', `${env.emulator.url}/`);
    // The bridge is the form's one validator: its 422 is provoked here on purpose, and the fields come from it.
    const refused = refusedSave(page);
    await page.click('#button-save-settings');
    await refused;
    await page.waitForSelector('[data-field="input-client-id"].has-error');
    await expect(page.textContent('[data-field="input-client-id"] .field-error')).resolves.toContain(
      'digits',
    );
    await expect(page.locator('[data-field="input-api-key"].has-error').count()).resolves.toBe(1);
    await screenshot(page, '02-settings-field-errors');

    await page.fill('#input-client-id', credential.clientId);
    await page.fill('#input-api-key', credential.apiKey);
    await page.click('#button-save-settings');
    await page.waitForSelector('#meschain-settings-saved');
    expect(await page.inputValue('#input-api-key')).toBe('');
    expect(await page.getAttribute('#input-api-key', 'placeholder')).toContain('stored');
    expect(await page.content()).not.toContain(credential.apiKey);

    // A new API URL without the key typed again: the bridge refuses, the key's field says why.
    await page.fill('#input-api-url', 'http://127.0.0.1:9/');
    const keyRefused = refusedSave(page);
    await page.click('#button-save-settings');
    await keyRefused;
    await expect
      .poll(() => page.textContent('[data-field="input-api-key"] .field-error'), POLL)
      .toContain('Api-Key again');
    await page.reload();
    await page.waitForSelector('#meschain-settings-form');
    expect(await page.inputValue('#input-client-id')).toBe(credential.clientId);
    expect(await page.inputValue('#input-api-url')).toBe(env.emulator.url);
    expect(await page.inputValue('#input-api-key')).toBe('');
    expect(await page.content()).not.toContain(credential.apiKey);
  });

  it('checks the connection and shows the roles and expiry', async () => {
    const { page } = env;
    await page.click('#button-check-connection');
    await page.waitForSelector('#meschain-connection-result');
    expect(await page.getAttribute('#meschain-connection-result', 'data-ok')).toBe('1');
    await expect(page.textContent('#meschain-connection-result')).resolves.toMatch(/days left/);
    expect(await page.locator('.meschain-role').count()).toBeGreaterThan(0);
    await screenshot(page, '03-settings-connected');
  });

  it("offers the seller's Ozon warehouses once connected, and keeps the choice", async () => {
    const { page } = env;
    await page.reload();
    await page.waitForSelector('select#input-default-warehouse');
    const options = await attributesOf(page.locator('select#input-default-warehouse option'), 'value');
    const warehouse = options.find((value) => value !== '' && value !== null);
    expect(warehouse).toBeDefined();
    await page.selectOption('#input-default-warehouse', warehouse ?? '');
    await page.click('#button-save-settings');
    await page.waitForSelector('#meschain-settings-saved');
    await page.reload();
    await page.waitForSelector('select#input-default-warehouse');
    expect(await page.inputValue('#input-default-warehouse')).toBe(warehouse);
  });

  it('says which language product texts are taken from, automatic or chosen', async () => {
    const { page } = env;
    await page.reload();
    await page.waitForSelector('#meschain-text-language');
    expect(await page.inputValue('#input-description-language')).toBe('');
    await expect(page.textContent('#meschain-text-language')).resolves.toBe('Texts are taken from: Русский.');
    await page.selectOption('#input-description-language', 'en-gb');
    await page.click('#button-save-settings');
    await page.waitForSelector('#meschain-settings-saved');
    await expect
      .poll(() => page.textContent('#meschain-text-language'), POLL)
      .toBe('Texts are taken from: English.');
    await page.selectOption('#input-description-language', '');
    await page.click('#button-save-settings');
    await expect.poll(() => page.textContent('#meschain-text-language'), POLL).toContain('Русский');
  });

  it("shows Ozon's refusal of a wrong key without storing it", async () => {
    const { page } = env;
    await page.fill('#input-api-key', 'wrong-key-0000');
    await page.click('#button-check-connection');
    await page.waitForSelector('#meschain-connection-result[data-ok="0"]');
    const text = await page.textContent('#meschain-connection-result');
    expect(text).toMatch(/HTTP 4\d\d/);
    await page.fill('#input-api-key', '');
    await page.click('#button-check-connection');
    await page.waitForSelector('#meschain-connection-result[data-ok="1"]');
  });

  it('filters the log on the server and shows a call with its redacted detail', async () => {
    const { page } = env;
    await page.click('[data-page-link="logs"]');
    await page.waitForSelector('#meschain-log-table .meschain-log-row');
    const rows = page.locator('#meschain-log-table .meschain-log-row');
    await page.selectOption('#filter-kind', 'api');
    await page.click('#button-filter-logs');
    await expect.poll(() => attributesOf(rows, 'data-kind'), POLL).toSatisfy(allEqual('api'));
    expect(page.url()).toContain('kind=api');
    await expect.poll(() => page.textContent('#meschain-log-table'), POLL).toContain('/v1/roles');

    await page.selectOption('#filter-level', 'error');
    await page.click('#button-filter-logs');
    await expect.poll(() => attributesOf(rows, 'data-level'), POLL).toSatisfy(allEqual('error'));
    await page.locator('#meschain-log-table .meschain-log-row button').first().click();
    await page.waitForSelector('.meschain-log-detail pre');
    const detail = await page.textContent('.meschain-log-detail pre');
    expect(detail).toContain('/v1/roles');
    expect(detail).not.toContain('wrong-key-0000');
    expect(await page.content()).not.toContain(credential.apiKey);
    await screenshot(page, '04-logs-filtered');

    await page.fill('#filter-text', 'no-such-text-anywhere');
    await page.click('#button-filter-logs');
    await page.waitForSelector('#meschain-log-table td[colspan]');
  });

  it('draws the API activity chart from the log on the dashboard', async () => {
    const { page } = env;
    await page.click('[data-page-link="dashboard"]');
    await page.waitForSelector('#meschain-activity-chart canvas');
    await expect.poll(() => page.textContent('#meschain-activity-totals'), POLL).toMatch(/[1-9]/);
    await expect.poll(() => page.textContent('#meschain-figure-ozon'), POLL).toContain('Credentials saved');
    await screenshot(page, '05-dashboard-activity');
    expect(env.pageErrors).toEqual([]);
  });

  it("speaks the admin's language", async () => {
    const { page } = env;
    const origin = new URL(page.url()).origin;
    for (const [lang, settings, saved] of [
      ['ru', 'Настройки', 'Ключи сохранены'],
      ['tr', 'Ayarlar', 'Kimlik bilgileri kayıtlı'],
    ] as const) {
      await page.goto(`${origin}/panel/?lang=${lang}#/`);
      await expect.poll(() => page.textContent('[data-page-link="settings"]'), POLL).toContain(settings);
      await expect.poll(() => page.textContent('#meschain-figure-ozon'), POLL).toContain(saved);
      await screenshot(page, `05-dashboard-${lang}`);
    }
    await page.goto(`${origin}/panel/#/`);
  });

  it('says how to start the bridge when it is not running', async () => {
    const { page, bridge } = env;
    await page.click('[data-page-link="logs"]');
    await page.waitForSelector('#meschain-log-table tbody tr');
    // The page's keep-alive connections must not keep the bridge up: once stopped, nothing answers there.
    await bridge.stop();
    await expect(fetch(`${bridge.url}/health`)).rejects.toThrow();
    await page.click('#button-logs-refresh');
    const alert = page.locator('.meschain-error[data-code="BRIDGE_UNAVAILABLE"]');
    await alert.waitFor();
    // One notice for the panel; this bridge reads the database directly, so no store folder to name.
    await expect(alert.count()).resolves.toBe(1);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('npx meschain-ozon serve --opencart-root');
    expect(text).toContain("OpenCart's config.php");
    expect(text).not.toContain('/path/to/opencart');
    await screenshot(page, '08-bridge-down');
  });
});
