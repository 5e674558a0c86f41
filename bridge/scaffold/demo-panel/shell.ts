import type { BuiltPanel } from './built-panel';
import type { VendorPackage } from './vendor-styles';

export interface ShellInput {
  readonly panel: BuiltPanel | undefined;
  readonly vendors: readonly VendorPackage[];
  readonly csrf: string;
  readonly language: 'en' | 'ru' | 'tr';
  readonly version: string;
  readonly storeName: string;
  /** The bridge's --opencart-root ('' when it reads the database directly), for the panel's start command. */
  readonly opencartRoot: string;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const MENU_LINKS = ['#/', '#/products', '#/offers', '#/mapping', '#/logs', '#/settings'] as const;

/**
 * The "Ozon" menu's entries in the demo frame, in the words the extension's language files give OpenCart's menu
 * (meschain_ozon.php under each admin language folder), so that a message naming "Ozon › Mapping" reads the same
 * here as in the store's admin.
 */
const MENU_LABELS: Readonly<Record<ShellInput['language'], readonly string[]>> = {
  en: ['Dashboard', 'Products', 'Stock & prices', 'Mapping', 'Logs', 'Settings'],
  ru: ['Обзор', 'Товары', 'Остатки и цены', 'Сопоставление', 'Журнал', 'Настройки'],
  tr: ['Genel Bakış', 'Ürünler', 'Stok ve fiyatlar', 'Eşleştirme', 'Kayıtlar', 'Ayarlar'],
};

/** Stylesheets in cascade order: Bootstrap (or the fallback), Font Awesome, the admin frame, the panel's own. */
function stylesheets(input: ShellInput): string[] {
  const vendor = (name: VendorPackage['name']) => input.vendors.find((v) => v.name === name);
  const bootstrap = vendor('bootstrap');
  const fontAwesome = vendor('font-awesome');
  const opencart = vendor('opencart');
  return [
    bootstrap ? `vendor/bootstrap/${bootstrap.stylesheet}` : 'static/fallback.css',
    ...(fontAwesome ? [`vendor/font-awesome/${fontAwesome.stylesheet}`] : []),
    opencart ? `vendor/opencart/${opencart.stylesheet}` : 'static/frame.css',
    ...(input.panel?.styles.map((css) => `assets-root/${css}`) ?? []),
  ];
}

/**
 * The demo page: the same mount element the OpenCart module page renders, inside a frame drawn like
 * OpenCart's admin (top bar, left menu with the "Ozon" entry, page header with breadcrumb).
 */
export function renderShell(input: ShellInput): string {
  const links = stylesheets(input)
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`)
    .join('\n');
  const labels = MENU_LABELS[input.language];
  const menu = MENU_LINKS.map(
    (href, i) => `<li><a href="${href}">${escapeHtml(labels[i] ?? href)}</a></li>`,
  ).join('');
  const languages = (['en', 'ru', 'tr'] as const)
    .map((l) =>
      l === input.language
        ? `<strong>${l.toUpperCase()}</strong>`
        : `<a href="?lang=${l}">${l.toUpperCase()}</a>`,
    )
    .join(' · ');
  const script = input.panel
    ? `<script type="module" src="assets-root/${escapeHtml(input.panel.script)}"></script>`
    : '<div class="alert alert-danger">The panel is not built yet: run <code>npm run build:ui</code> and reload.</div>';
  return `<!DOCTYPE html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ozon · MesChain-Sync</title>
${links}
</head>
<body>
<div id="container">
<header id="header" class="navbar navbar-static-top">
  <div class="container-fluid">
    <div id="header-logo" class="navbar-header"><a href="#/" class="navbar-brand">MesChain-Sync</a></div>
    <div class="pull-right" id="header-demo"><i class="fa fa-flask"></i> demo · ${languages}</div>
  </div>
</header>
<nav id="column-left" class="active">
  <div id="profile"><i class="fa fa-user-circle"></i> ${escapeHtml(input.storeName || 'OpenCart')}<small>bridge ${escapeHtml(input.version)}</small></div>
  <ul id="menu">
    <li id="menu-meschain-ozon" class="active"><a class="parent"><i class="fa fa-exchange fw"></i> Ozon</a><ul>${menu}</ul></li>
  </ul>
</nav>
<div id="content">
  <div class="page-header"><div class="container-fluid">
    <h1>Ozon</h1>
    <ul class="breadcrumb"><li><a href="#/">Home</a></li><li><a href="#/">Ozon</a></li></ul>
  </div></div>
  <div class="container-fluid">
    <div id="meschain-ozon-app" data-api-base="" data-csrf="${escapeHtml(input.csrf)}" data-language="${input.language}" data-can-modify="1" data-module-version="${escapeHtml(input.version)}" data-opencart-root="${escapeHtml(input.opencartRoot)}"></div>
  </div>
</div>
<footer id="footer">MesChain-Sync · OpenCart 3 → Ozon</footer>
</div>
${script}
</body>
</html>
`;
}

/** The answer for a visitor without a session: where to get in. */
export function renderLoginNeeded(): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ozon · sign in</title></head>
<body style="font-family: sans-serif; margin: 3em;">
<h1>Sign-in link needed</h1>
<p>Open the one-time login link the bridge printed when it started (each link works once).
To get a new one, restart the demo: <code>npx meschain-ozon demo</code>.</p>
</body></html>
`;
}
