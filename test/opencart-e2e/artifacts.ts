import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots for a human to look at (git-ignored), one folder per store. */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, 'artifacts');

export type Shoot = (page: Page, step: string) => Promise<string>;

/**
 * A fresh folder (named `label`) for this run's screenshots of one store; the returned function saves a
 * full-page shot named "NN-step.png", numbered in the order the steps ran.
 */
export function screenshotsFor(label: string): Shoot {
  const dir = join(ARTIFACTS_DIR, label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let taken = 0;
  return async (page, step) => {
    taken += 1;
    const path = join(dir, `${String(taken).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
}
