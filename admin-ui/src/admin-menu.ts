import { effect, type ReadonlySignal } from '@preact/signals';
import { type Page, parseHash, type Route } from './route-hash';

/** The module's entry in OpenCart's left menu (the extension's menu event gives it this id; the demo frame too). */
const MENU_ENTRY_ID = 'menu-meschain-ozon';
/** Where OpenCart's admin script keeps the href of the menu link last clicked, to mark it on the next page. */
const OPENCART_MENU_KEY = 'menu';

/**
 * Marks the menu link of `page` as OpenCart marks the page shown: `active` on its item and on every item above it,
 * the submenus on the way open. OpenCart decides this once per page load from the link last clicked, but the
 * panel's pages are hash routes of one admin page: a menu click that only changes the hash, or the panel's tabs,
 * left the mark on whatever was clicked first (Settings, for a merchant who starts there). The link is also
 * remembered where OpenCart looks, so a reload marks the same one before the panel has loaded.
 */
export function markMenuEntry(win: Window, page: Page): void {
  const entry = win.document.getElementById(MENU_ENTRY_ID);
  const link = [...(entry?.querySelectorAll<HTMLAnchorElement>('ul a[href]') ?? [])].find(
    (a) => parseHash(a.hash).page === page,
  );
  const menu = entry?.closest('ul');
  if (!link || !menu) {
    return;
  }
  for (const item of menu.querySelectorAll('li.active')) {
    item.classList.remove('active');
  }
  for (let node = link.parentElement; node && node !== menu; node = node.parentElement) {
    node.classList.add(node.tagName === 'UL' ? 'in' : 'active');
  }
  entry?.querySelector(':scope > a')?.classList.remove('collapsed');
  try {
    win.sessionStorage.setItem(OPENCART_MENU_KEY, link.getAttribute('href') ?? '');
  } catch {
    // Storage refused (a sandboxed or private window): the mark on this page is what counts.
  }
}

/** Keeps the admin menu's mark on the page the panel shows, now and after every change of route. */
export function followInAdminMenu(win: Window, route: ReadonlySignal<Route>): () => void {
  return effect(() => markMenuEntry(win, route.value.page));
}
