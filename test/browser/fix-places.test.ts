import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../admin-ui/src/i18n/en';
import { ru } from '../../admin-ui/src/i18n/ru';
import { tr } from '../../admin-ui/src/i18n/tr';
import { FIX_PLACES, OZON_MENU, type PanelPlace } from '../../bridge/src/shared/fix-places';
import { PROJECT_ROOT } from '../harness/opencart-sql';
import { chromiumAvailable } from './support/chromium';
import { configureOzon, type PanelEnvironment, startPanelEnvironment } from './support/panel-env';
import { POLL } from './support/poll';
import { mapTshirts } from './support/prepare-catalogue';

/*
 * Every panel place a fix-it message can name, found on the screen by its visible words in every language the
 * panel speaks: the page through the "Ozon" menu (the words of the module's language files), then each section,
 * row and control in turn, clicking the ones that open the next.
 */

const LANGUAGES = [
  { lang: 'en', texts: en, opencart: 'en-gb' },
  { lang: 'ru', texts: ru, opencart: 'ru-ru' },
  { lang: 'tr', texts: tr, opencart: 'tr-tr' },
] as const;

/** The names a message fills in, as the sample store and Ozon's T-shirt have them. */
const NAMES = { category: 'T-shirts', attribute: 'Бренд' } as const;

/** The module's menu words in one OpenCart language (its admin language file). */
function menuWords(opencartLanguage: string): Map<string, string> {
  const php = readFileSync(
    join(
      PROJECT_ROOT,
      `opencart-extension/upload/admin/language/${opencartLanguage}/extension/module/meschain_ozon.php`,
    ),
    'utf8',
  );
  return new Map(
    [...php.matchAll(/\$_\['(text_[a-z_]+)'\]\s*=\s*'([^']*)'/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

const panelPlaces = (Object.entries(FIX_PLACES) as Array<[string, PanelPlace | { app: 'opencart' }]>).filter(
  (e): e is [string, PanelPlace] => e[1].app === 'panel',
);

function visible(scope: Locator | Page, text: string): Locator {
  return scope.getByText(text, { exact: true }).filter({ visible: true }).first();
}

describe.skipIf(!chromiumAvailable())('fix-it places on the panel, in every language', () => {
  let env: PanelEnvironment;
  beforeAll(async () => {
    env = await startPanelEnvironment({ products: 24 });
    await configureOzon(env);
    await mapTshirts(env);
  });
  afterAll(async () => {
    await env?.close();
  });

  /** Opens the place's page through the module's menu and finds each of its steps; answers what was not found. */
  async function walk(place: PanelPlace, language: (typeof LANGUAGES)[number]): Promise<string | undefined> {
    const { page } = env;
    const words = menuWords(language.opencart);
    await page.goto(`${new URL(page.url()).origin}/panel/?lang=${language.lang}#/`);
    await page.waitForSelector('.meschain-ozon');
    const menu = page.locator('#menu-meschain-ozon');
    if ((await menu.locator('a.parent').textContent())?.trim() !== OZON_MENU) {
      return `no "${OZON_MENU}" menu`;
    }
    const pageName = words.get(`text_page_${place.page}`) ?? '';
    await menu.getByRole('link', { name: pageName, exact: true }).click();
    await expect.poll(() => page.locator('.meschain-ozon').getAttribute('data-page'), POLL).toBe(place.page);
    const root = page.locator('.meschain-ozon');
    let scope: Locator = root;
    for (const [i, step] of place.steps.entries()) {
      const last = i === place.steps.length - 1;
      if ('slot' in step) {
        if (step.slot === 'category') {
          const row = page
            .locator('#meschain-category-table tr[data-category-id]')
            .filter({ has: page.getByRole('link', { name: NAMES.category, exact: true }) })
            .first();
          await row.click();
          scope = root;
        } else {
          const row = page
            .locator('#meschain-attribute-table tr.meschain-attribute')
            .filter({ has: page.getByText(NAMES.attribute, { exact: true }) })
            .first();
          try {
            await row.waitFor({ timeout: 15_000 });
          } catch {
            return `no attribute row «${NAMES.attribute}»`;
          }
          scope = row;
        }
        continue;
      }
      const text = language.texts[step.key as keyof typeof en];
      const target = visible(scope, text);
      try {
        await target.waitFor({ timeout: 15_000 });
      } catch {
        return `step ${i + 1}: no visible "${text}"`;
      }
      if (!last) {
        await target.click();
        scope = root;
      }
    }
    return undefined;
  }

  it.each(LANGUAGES.map((l) => [l.lang, l]))(
    'finds every panel place of the list in %s',
    async (_lang, language) => {
      expect(panelPlaces.length).toBeGreaterThan(3);
      const missing: string[] = [];
      for (const [name, place] of panelPlaces) {
        const problem = await walk(place, language);
        if (problem) {
          missing.push(`${name}: ${problem}`);
        }
      }
      expect(missing).toEqual([]);
      expect(env.pageErrors).toEqual([]);
    },
  );
});
