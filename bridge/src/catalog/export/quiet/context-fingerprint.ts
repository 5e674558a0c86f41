import { hash } from 'node:crypto';
import { BRIDGE_VERSION } from '../../../version';

/** Maps and sets as their entries, so that a context's JSON says everything it holds. */
function plain(_key: string, value: unknown): unknown {
  if (value instanceof Map) {
    return [...value.entries()];
  }
  if (value instanceof Set) {
    return [...value.values()];
  }
  return value;
}

/**
 * A hash of everything besides the product that a payload is built from (settings, mapping, the store's names,
 * units and currencies) and of the bridge's version, whose payload rules may differ: when it changes, every
 * product's payloads may change, and none is passed over as quiet.
 */
export function contextFingerprint(parts: Record<string, unknown>): string {
  return hash('sha1', JSON.stringify({ version: BRIDGE_VERSION, ...parts }, plain), 'base64');
}
