import type { Page, Route } from 'playwright-core';

export interface HeldRequests {
  /** Requests held so far (an aborted one still counts: the page asked). */
  count(): number;
  /** Lets every held request through and stops holding new ones. */
  release(): Promise<void>;
}

/**
 * Holds the page's requests to the matching addresses until release(): the page is then seen as the merchant
 * sees it while an answer is on its way, however fast the bridge is.
 */
export async function holdRequests(page: Page, url: RegExp): Promise<HeldRequests> {
  const held: Route[] = [];
  const hold = (route: Route): void => {
    held.push(route);
  };
  await page.route(url, hold);
  return {
    count: () => held.length,
    async release() {
      await page.unroute(url, hold);
      // A request the page has since aborted (a newer read replaced it) cannot go on; that is its answer.
      await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
    },
  };
}
