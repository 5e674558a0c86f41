import type { Locator } from 'playwright-core';

/** One attribute of every element a locator matches, in order (read on the Node side, no DOM types needed). */
export async function attributesOf(locator: Locator, name: string): Promise<Array<string | null>> {
  return Promise.all((await locator.all()).map((element) => element.getAttribute(name)));
}

/** Options for vitest's expect.poll: the page may need a few round trips to the bridge. */
export const POLL = { timeout: 15_000, interval: 100 } as const;
