/** Polls `check` every 20 ms until it holds; throws after `ms` of wall time. */
export async function until(
  check: () => boolean | Promise<boolean>,
  ms: number,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error(`${what} not within ${ms} ms`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
