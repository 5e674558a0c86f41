import type { FaultRule } from '../control/faults';
import { OzonApiError, ozonTexts } from '../errors';
import type { EmulatorRuntime } from '../runtime';

/** Answers a fault that replaces processing (server error, 429 storm, circuit breaker), if one fired. */
export function faultBeforeProcessing(fired: FaultRule[]): OzonApiError | undefined {
  for (const rule of fired) {
    switch (rule.kind) {
      case 'server-error':
        return new OzonApiError(rule.status ?? 500, 13, ozonTexts.internal);
      case 'rate-limit':
        return new OzonApiError(429, 8, ozonTexts.perSecond, {
          'retry-after': '1',
          'ratelimit-remaining': '0',
        });
      case 'circle-open':
        return new OzonApiError(503, 14, ozonTexts.circleOpen);
      default:
        break;
    }
  }
  return undefined;
}

/**
 * Ozon's authentication answers: a missing or non-numeric Client-Id is 400 code 3; an unknown Api-Key is
 * 404 (not 401) code 5. Returns the Client-Id.
 */
export function authenticate(runtime: EmulatorRuntime, headers: Headers): string {
  const clientId = headers.get('client-id')?.trim() ?? '';
  if (!/^\d+$/.test(clientId) || /^0+$/.test(clientId)) {
    throw new OzonApiError(400, 3, ozonTexts.badClientId);
  }
  const apiKey = headers.get('api-key') ?? '';
  if (!runtime.credentials.some((c) => c.clientId === clientId && c.apiKey === apiKey)) {
    throw new OzonApiError(404, 5, ozonTexts.badApiKey);
  }
  return clientId;
}

/**
 * The global limit: `requestsPerSecond` (50) per Client-Id in any second of clock time. Returns the remaining
 * count for the `ratelimit-remaining` header.
 */
export function takeGlobalSlot(runtime: EmulatorRuntime, clientId: string, now: number): number {
  const decision = runtime.limiters.perSecond.take(clientId, now);
  if (!decision.ok) {
    throw new OzonApiError(429, 8, ozonTexts.perSecond, { 'retry-after': '1', 'ratelimit-remaining': '0' });
  }
  return decision.remaining;
}
