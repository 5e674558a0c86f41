/** The panel's pages, by hash route (#/products ...); '' is the dashboard (the admin menu links to #/). */
export const pages = ['dashboard', 'products', 'offers', 'mapping', 'logs', 'settings'] as const;
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

/**
 * The full URL of this page with another hash route. A bare "#/..." resolves against the document's <base>, and
 * OpenCart's admin sets <base href=".../admin/">: such a link (or history entry) leaves the module page for
 * admin/ without route and token, i.e. the login page. Path and query of the current page keep it here.
 */
export function samePageUrl(
  location: { readonly pathname: string; readonly search: string },
  hash: string,
): string {
  return `${location.pathname}${location.search}${hash}`;
}
