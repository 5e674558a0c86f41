import { type ReadonlySignal, signal } from '@preact/signals';

/** The panel's pages, by hash route (#/products ...); '' is the dashboard (the admin menu links to #/). */
export const pages = ['dashboard', 'products', 'mapping', 'logs', 'settings'] as const;
export type Page = (typeof pages)[number];

export interface Route {
  readonly page: Page;
  /** Parameters after `?` in the hash, e.g. #/products?state=failed. */
  readonly params: Readonly<Record<string, string>>;
}

/** Parses `#/page?x=1`; an unknown page is the dashboard. */
export function parseHash(hash: string, fallbackPage = ''): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const name = path === '' ? fallbackPage : path;
  const page = pages.find((p) => p === name) ?? 'dashboard';
  return { page, params: Object.fromEntries(new URLSearchParams(query)) };
}

/** `#/page?x=1` for a route (empty params left out). */
export function hashOf(page: Page, params: Readonly<Record<string, string | undefined>> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      query.set(key, value);
    }
  }
  const text = query.toString();
  return `#/${page === 'dashboard' ? '' : page}${text === '' ? '' : `?${text}`}`;
}

export interface Router {
  readonly route: ReadonlySignal<Route>;
  navigate(page: Page, params?: Readonly<Record<string, string | undefined>>): void;
  /** Replaces the current entry (filters typed into a page), so Back leaves the page instead of undoing a filter. */
  replaceParams(params: Readonly<Record<string, string | undefined>>): void;
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
    navigate(page, params = {}) {
      win.location.hash = hashOf(page, params);
    },
    replaceParams(params) {
      const next = hashOf(route.value.page, params);
      win.history.replaceState(win.history.state, '', next);
      onChange();
    },
    dispose() {
      win.removeEventListener('hashchange', onChange);
    },
  };
}
