/** The command that starts the bridge, as far as the page knows the store; the program name stays one piece. */
export const SERVE_COMMAND = 'npx meschain-ozon serve --opencart-root';

/** A POSIX shell word: as is when plain, single-quoted otherwise. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** `npx meschain-ozon serve --opencart-root /var/www/shop` for this store; undefined when the root is unknown. */
export function startCommandFor(opencartRoot: string): string | undefined {
  return opencartRoot.trim() === '' ? undefined : `${SERVE_COMMAND} ${shellWord(opencartRoot.trim())}`;
}

/** Waits between checks while the bridge is down: 2 s doubling to 30 s, so a closed tab costs next to nothing. */
export function nextCheckDelay(previousMs: number | undefined): number {
  return previousMs === undefined ? 2000 : Math.min(30_000, previousMs * 2);
}
