import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { FIX_PLACES, type FixPlace, type OpencartPlace } from '../../bridge/src/shared/fix-places';
import { adminPage } from './admin-browser';
import type { Shoot } from './artifacts';

/** What the step needs from the run around it, read when it starts. */
export interface AdminPages {
  readonly adminUrl: string;
  readonly page: Page;
  readonly token: string;
  readonly shoot: Shoot;
}

/** A product of OpenCart's demo catalogue with options (Apple Cinema 30"), whose form shows every product tab. */
const DEMO_PRODUCT = 42;

/** Where each form of the list opens in the admin. */
const FORM_PAGES: Record<NonNullable<OpencartPlace['control']>['of'], [route: string, extra: string]> = {
  product: ['catalog/product/edit', `&product_id=${DEMO_PRODUCT}`],
  store: ['setting/setting', ''],
};

const opencartPlaces = (Object.entries(FIX_PLACES) as Array<[string, FixPlace]>).filter(
  (e): e is [string, OpencartPlace] => e[1].app === 'opencart',
);

/** The admin menu's path to a route, as the left column shows it: each entry's words, top level first. */
async function menuPathTo(page: Page, route: string): Promise<string[] | undefined> {
  const links = page.locator('#menu a[href]');
  for (let i = 0; i < (await links.count()); i++) {
    const href = (await links.nth(i).getAttribute('href')) ?? '';
    if (new URL(href, page.url()).searchParams.get('route') !== route) {
      continue;
    }
    const items = links.nth(i).locator('xpath=ancestor::li');
    const words: string[] = [];
    for (let j = 0; j < (await items.count()); j++) {
      words.push(((await items.nth(j).locator('xpath=./a').first().textContent()) ?? '').trim());
    }
    return words;
  }
  return undefined;
}

/** Opens a form's tab by its words; answers its pane once Bootstrap shows it, undefined when there is no such tab. */
async function openTab(page: Page, words: string): Promise<Locator | undefined> {
  const tab = page
    .locator('ul.nav-tabs > li > a[data-toggle="tab"]')
    .getByText(words, { exact: true })
    .first();
  if ((await tab.count()) === 0) {
    return undefined;
  }
  const pane = page.locator(`${await tab.getAttribute('href')}.active`);
  // A click that lands while the page's scripts still start is lost: click until the pane shows.
  await expect
    .poll(async () => {
      await tab.click();
      return pane.isVisible();
    }, POLL)
    .toBe(true);
  return pane;
}

const POLL = { timeout: 15_000, interval: 500 };

/**
 * Every OpenCart place a fix-it message names, opened in this store's admin as the merchant would: the menu path
 * leads to the page, the edit form has the tab, and the tab shows the field's label.
 */
export function fixPlaceSteps(session: () => AdminPages): void {
  it('every OpenCart place a fix-it message names is in the admin: menu path, form tab and field label', async () => {
    const { adminUrl, page, token, shoot } = session();
    const missing: string[] = [];
    await page.goto(adminPage(adminUrl, token, 'common/dashboard'));
    for (const [name, place] of opencartPlaces) {
      const path = await menuPathTo(page, place.route);
      if (path?.join(' › ') !== place.menu.join(' › ')) {
        missing.push(`${name}: ${place.route} is at "${path?.join(' › ') ?? 'nowhere'}" in the menu`);
      }
    }
    // Each form once, each of its tabs once, every label of that tab on it.
    for (const [of, [route, extra]] of Object.entries(FORM_PAGES)) {
      const fields = opencartPlaces.filter(([, place]) => place.control?.of === of);
      if (fields.length === 0) {
        continue;
      }
      await page.goto(adminPage(adminUrl, token, route, extra));
      for (const tab of new Set(fields.map(([, place]) => place.control?.tab ?? ''))) {
        const pane = await openTab(page, tab);
        for (const [name, place] of fields.filter(([, p]) => p.control?.tab === tab)) {
          const label = place.control?.label ?? '';
          if (!pane) {
            missing.push(`${name}: no tab "${tab}"`);
          } else if ((await pane.getByText(label, { exact: true }).filter({ visible: true }).count()) === 0) {
            missing.push(`${name}: no "${label}" on the ${tab} tab`);
            await shoot(page, `fix-place-missing-${name}`);
          }
        }
      }
    }
    for (const [name, place] of opencartPlaces) {
      if (place.choice) {
        await page.goto(adminPage(adminUrl, token, place.route));
        // The type list counts each type's extensions: "Modules (38)".
        const options = await page.locator('select option').allTextContents();
        if (!options.some((o) => o.trim().replace(/ \(\d+\)$/, '') === place.choice?.label)) {
          missing.push(`${name}: no choice "${place.choice.label}" on ${place.route}`);
        }
      }
    }
    expect(missing).toEqual([]);
  }, 180_000);
}
