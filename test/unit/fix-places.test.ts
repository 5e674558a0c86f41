import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  FIX_PLACES,
  type FixPlace,
  type OpencartPlace,
  OZON_MENU,
  PANEL_PAGE_NAMES,
  type PanelPlace,
} from '../../bridge/src/shared/fix-places';
import { PROJECT_ROOT, SHARED_OPENCART_DIR } from '../harness/opencart-sql';

/*
 * Every place a message sends the merchant to comes from one list (bridge/src/shared/fix-places.ts). These tests
 * hold the list's OpenCart places to OpenCart's own release trees (menu, forms and English language files, read
 * from the release archives at test time, never copied) and its panel places to the module's menu; the browser
 * test (test/browser/fix-places.test.ts) finds each panel place on the screen in every language.
 */

const places = Object.entries(FIX_PLACES) as Array<[string, FixPlace]>;
const opencartPlaces = places.filter((e): e is [string, OpencartPlace] => e[1].app === 'opencart');
const panelPlaces = places.filter((e): e is [string, PanelPlace] => e[1].app === 'panel');

/** A PHP language file's `$_['key'] = 'text';` entries. */
function languageEntries(php: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of php.matchAll(/\$_\['([^']+)'\]\s*=\s*'((?:[^'\\]|\\.)*)'\s*;/g)) {
    out.set(m[1] ?? '', (m[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return out;
}

function keysWithText(entries: Map<string, string>, text: string): string[] {
  return [...entries].filter(([, value]) => value === text).map(([key]) => key);
}

/** One entry of OpenCart's admin menu as common/column_left builds it. */
interface MenuItem {
  /** The array it is added to: `$data['menus']` for the top level, else the parent's children variable. */
  readonly container: string;
  readonly nameKey: string;
  readonly route: string | undefined;
  readonly children: string | undefined;
}

function menuItems(controller: string): MenuItem[] {
  const pattern =
    /(\$data\['menus'\]|\$\w+)\[\] = array\(\s*(?:'id'\s*=>\s*'[^']*',\s*)?(?:'icon'\s*=>\s*'[^']*',\s*)?'name'\s*=>\s*\$this->language->get\('(\w+)'\),\s*'href'\s*=>\s*(?:\$this->url->link\('([^']+)'[^\n]*|''),\s*'children'\s*=>\s*(\$\w+|array\(\))/g;
  return [...controller.matchAll(pattern)].map((m) => ({
    container: m[1] ?? '',
    nameKey: m[2] ?? '',
    route: m[3],
    children: m[4]?.startsWith('$') ? m[4] : undefined,
  }));
}

/** The top-level panes of a form's tabs, each with its template text. */
function tabPanes(template: string, language: Map<string, string>): Map<string, string> {
  const tabs = [...template.matchAll(/href="#(tab-[\w-]+)" data-toggle="tab">\{\{ (\w+) \}\}/g)];
  const starts = tabs
    .map((m) => ({ id: m[1] ?? '', key: m[2] ?? '', at: template.indexOf(`id="${m[1]}"`) }))
    .filter((t) => t.at >= 0)
    .sort((a, b) => a.at - b.at);
  const panes = new Map<string, string>();
  starts.forEach((tab, i) => {
    const text = language.get(tab.key);
    if (text !== undefined) {
      panes.set(text, template.slice(tab.at, starts[i + 1]?.at ?? template.length));
    }
  });
  return panes;
}

const RELEASES = readdirSyncSafe(SHARED_OPENCART_DIR)
  .filter((f) => /^opencart-3\.[\d.]+-upload\.tgz$/.test(f))
  .map((f) => join(SHARED_OPENCART_DIR, f));

function readdirSyncSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** The admin's files of a release archive, unpacked at test time into a temporary folder (OpenCart's, unchanged). */
function unpackAdmin(archive: string): { read(path: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'meschain-opencart-admin-'));
  execFileSync('tar', [
    '-xzf',
    archive,
    '-C',
    dir,
    'upload/admin/controller/common',
    'upload/admin/language/en-gb',
    'upload/admin/view/template',
  ]);
  return {
    read: (path) => readFileSync(join(dir, 'upload', path), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe.skipIf(RELEASES.length === 0)('fix-it places in OpenCart 3 as released', () => {
  it.each(RELEASES.map((r) => [relative(SHARED_OPENCART_DIR, r), r]))(
    'every OpenCart place exists in %s: menu path to its route, form tab and field label',
    (_name, archive) => {
      const release = unpackAdmin(archive);
      onTestFinished(() => release.remove());
      // A page's texts are OpenCart's common ones (tab names...) overlaid with the page's own language file.
      const common = languageEntries(release.read('admin/language/en-gb/en-gb.php'));
      const texts = (file: string) =>
        new Map([...common, ...languageEntries(release.read(`admin/language/en-gb/${file}.php`))]);
      const menuText = texts('common/column_left');
      const items = menuItems(release.read('admin/controller/common/column_left.php'));
      expect(items.length).toBeGreaterThan(40);
      const missing: string[] = [];
      for (const [name, place] of opencartPlaces) {
        let container = "$data['menus']";
        let found: MenuItem | undefined;
        for (const label of place.menu) {
          found = items.find((item) => item.container === container && menuText.get(item.nameKey) === label);
          if (!found) {
            missing.push(`${name}: no menu entry "${label}" under ${container}`);
            break;
          }
          container = found.children ?? '';
        }
        if (found && found.route !== place.route) {
          missing.push(`${name}: "${place.menu.join(' › ')}" opens ${found.route}, not ${place.route}`);
        }
        const control = place.control;
        if (control) {
          const language = texts(control.form);
          const panes = tabPanes(release.read(`admin/view/template/${control.template}.twig`), language);
          const pane = panes.get(control.tab);
          const keys = keysWithText(language, control.label);
          if (pane === undefined) {
            missing.push(`${name}: the ${control.form} form has no tab "${control.tab}"`);
          } else if (!keys.some((key) => pane.includes(`{{ ${key} }}`))) {
            missing.push(`${name}: no "${control.label}" on the ${control.tab} tab of ${control.form}`);
          }
        }
        if (place.choice) {
          const language = texts(place.choice.language);
          if (keysWithText(language, place.choice.label).length === 0) {
            missing.push(`${name}: "${place.choice.label}" is not a text of ${place.choice.language}`);
          }
        }
      }
      expect(missing).toEqual([]);
    },
  );
});

describe("fix-it places in the module's own menu", () => {
  const extension = join(PROJECT_ROOT, 'opencart-extension/upload');
  const english = languageEntries(
    readFileSync(join(extension, 'admin/language/en-gb/extension/module/meschain_ozon.php'), 'utf8'),
  );
  const moduleInfo = readFileSync(join(extension, 'system/library/meschain_ozon/module_info.php'), 'utf8');

  it('names each panel page as the "Ozon" menu of OpenCart names it, and that entry opens the page', () => {
    expect(english.get('text_menu')).toBe(OZON_MENU);
    for (const [name, place] of panelPlaces) {
      expect(english.get(`text_page_${place.page}`), name).toBe(PANEL_PAGE_NAMES[place.page]);
      const route = place.page === 'dashboard' ? '#/' : `#/${place.page}`;
      expect(moduleInfo, name).toContain(`'text_page_${place.page}' => '${route}'`);
    }
  });

  it('gives every panel label the key of the panel text it is, so the browser walk can find it in every language', async () => {
    const { en } = await import('../../admin-ui/src/i18n/en');
    const texts: Record<string, string> = en;
    for (const [name, place] of panelPlaces) {
      for (const step of place.steps) {
        if ('label' in step) {
          expect(texts[step.key], `${name}: ${step.key}`).toBe(step.label);
        }
      }
    }
  });
});

describe('messages name places only through the list', () => {
  it('has no place written by hand ("a › b") anywhere in the bridge but the list', () => {
    const root = join(PROJECT_ROOT, 'bridge/src');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(path);
        } else if (entry.name.endsWith('.ts') && !path.endsWith(join('shared', 'fix-places.ts'))) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const code = line.trim();
              if (code.includes('›') && !code.startsWith('*') && !code.startsWith('/')) {
                offenders.push(`${relative(root, path)}:${i + 1}: ${code}`);
              }
            });
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
