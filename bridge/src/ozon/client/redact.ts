/** What stands in for a secret in anything we log or throw. */
export const REDACTED = '[redacted]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a function that removes the Api-Key and the Client-Id from text. Ozon sometimes echoes request headers in
 * error messages, and a Client-Id is a short number, so it is matched only as a whole number, never inside another.
 */
export function createRedactor(secrets: { apiKey: string; clientId: string }): (text: string) => string {
  const patterns: RegExp[] = [];
  if (secrets.apiKey.length > 0) {
    patterns.push(new RegExp(escapeRegExp(secrets.apiKey), 'gi'));
  }
  if (secrets.clientId.length > 0) {
    patterns.push(new RegExp(`(?<![\\w-])${escapeRegExp(secrets.clientId)}(?![\\w-])`, 'g'));
  }
  return (text) => patterns.reduce((out, pattern) => out.replace(pattern, REDACTED), text);
}
