import { type ReadonlySignal, signal } from '@preact/signals';
import { hashOf, type Page, parseHash, type Route, samePageUrl } from './route-hash';

export { hashOf, type Page, pages, parseHash, type Route } from './route-hash';

type Params = Readonly<Record<string, string | undefined>>;

export interface Router {
  readonly route: ReadonlySignal<Route>;
  /** The href of a page of the panel: this page's own URL with the hash route (never a bare "#/..."). */
  href(page: Page, params?: Params): string;
  navigate(page: Page, params?: Params): void;
  /** Replaces the current entry (filters typed into a page), so Back leaves the page instead of undoing a filter. */
  replaceParams(params: Params): void;
  dispose(): void;
}

/** Follows `location.hash`; OpenCart's &page=... decides the first page when there is no hash. */
export function createRouter(win: Window, initialPage: string): Router {
  const route = signal(parseHash(win.location.hash, initialPage));
  const onChange = (): void => {
    route.value = parseHash(win.location.hash, initialPage);
  };
  win.addEventListener('hashchange', onChange);
  return {
    route,
    href: (page, params = {}) => samePageUrl(win.location, hashOf(page, params)),
    navigate(page, params = {}) {
      win.location.hash = hashOf(page, params);
    },
    replaceParams(params) {
      const next = samePageUrl(win.location, hashOf(route.value.page, params));
      win.history.replaceState(win.history.state, '', next);
      onChange();
    },
    dispose() {
      win.removeEventListener('hashchange', onChange);
    },
  };
}
