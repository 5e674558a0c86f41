/**
 * Polls `check` every `everyMs` until it answers true; throws after `timeoutMs`, naming `what`. The benches poll
 * slowly (hundreds of ms) while something is measured, so that the polling adds little to the machine's load.
 */
export async function waitFor(
  check: () => Promise<boolean>,
  options: { timeoutMs: number; everyMs: number; what: string },
): Promise<void> {
  const end = Date.now() + options.timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error(`${options.what}: not within ${options.timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.everyMs));
  }
}
