/** Keys whose values are credentials wherever they appear (headers, bodies, settings). */
const SECRET_KEY = /(api[-_]?key|client[-_]?id|secret|password|passwd|authorization|signature|token|cookie)/i;

export const REDACTED = '[redacted]';

/**
 * A deep copy with every credential-looking key masked, and every known secret value masked wherever it
 * appears in a string (Ozon sometimes echoes request headers in error texts).
 */
export function redact<T>(value: T, knownSecrets: readonly string[] = []): T {
  const secrets = knownSecrets.filter((s) => s.length >= 4);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      return secrets.reduce((text, secret) => text.split(secret).join(REDACTED), v);
    }
    if (Array.isArray(v)) {
      return v.map(walk);
    }
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(v)) {
        out[key] = SECRET_KEY.test(key) ? REDACTED : walk(inner);
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
