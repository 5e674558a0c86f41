import { DrizzleQueryError } from 'drizzle-orm';

/**
 * An error's text as it may be printed, stored or answered. Drizzle puts the values a failed query was bound
 * with into its message, and those can be the Api-Key (saving the settings) or the shared secret (creating its
 * row); only the statement and the database's own complaint are kept.
 */
export function errorText(error: unknown): string {
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `database query failed${cause} (query: ${error.query.slice(0, 300)})`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** `errorText` followed by the stack frames, for the console; never the error object with its bound values. */
export function errorReport(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  const name = error instanceof Error ? `${error.name}: ` : '';
  return [`${name}${errorText(error)}`, ...frames].join('\n');
}
