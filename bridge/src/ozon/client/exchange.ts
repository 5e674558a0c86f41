import type { Clock } from '../../shared/clock';
import type { LimitHeaders } from './errors';

/** The fetch signature the client needs; the emulator's in-process fetch and the global fetch both fit. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type ExchangeResult =
  | {
      readonly type: 'answer';
      readonly status: number;
      readonly headers: LimitHeaders;
      readonly text: string;
    }
  | {
      /**
       * The API URL answered with a redirect. It is never followed: the request carries the Api-Key, and a
       * redirect may point anywhere (Ozon itself never redirects an API call).
       */
      readonly type: 'redirect';
      readonly status: number;
      /** Origin (scheme, host, port) the redirect pointed to; undefined when it named none that parses. */
      readonly targetOrigin: string | undefined;
    }
  | {
      readonly type: 'failure';
      readonly failure: 'timeout' | 'connection-dropped' | 'not-sent';
      /** The transport error's text (never contains headers or the body we sent). */
      readonly detail: string;
    };

export interface ExchangeRequest {
  readonly fetch: FetchLike;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly timeoutMs: number;
  readonly clock: Clock;
  readonly signal?: AbortSignal | undefined;
}

/** Connection errors raised before any byte of the request reached the server. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
]);

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  for (const candidate of [cause, error]) {
    if (typeof candidate === 'object' && candidate !== null && 'code' in candidate) {
      const { code } = candidate;
      if (typeof code === 'string') {
        return code;
      }
    }
  }
  return undefined;
}

function limitHeaders(headers: Headers): LimitHeaders {
  const pick = (name: string): string | undefined => headers.get(name) ?? undefined;
  return {
    retryAfter: pick('retry-after'),
    rateLimitRemaining: pick('ratelimit-remaining'),
    itemRetryAfter: pick('item-retry-after'),
    itemRateLimitRemaining: pick('item-rate-limit-remaining'),
  };
}

/** Where a redirect answer points, resolved against the request's URL, as an origin only. */
function redirectOrigin(location: string | null, requestUrl: string): string | undefined {
  if (location === null) {
    return undefined;
  }
  try {
    return new URL(location, requestUrl).origin;
  } catch {
    return undefined;
  }
}

type Settled = ExchangeResult | { readonly type: 'thrown'; readonly error: unknown };

/**
 * One POST and its whole answer, bounded by `timeoutMs` of the client's clock (so a sped-up clock shortens timeouts
 * too). The timeout races the fetch rather than trusting it to honour the abort signal. Transport failures come back
 * as data for the retry decision; only the caller's own abort throws.
 */
export async function exchange(request: ExchangeRequest): Promise<ExchangeResult> {
  const { signal } = request;
  signal?.throwIfAborted();
  const controller = new AbortController();
  const stopTimer = new AbortController();
  const onCallerAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  const work: Promise<Settled> = (async () => {
    const response = await request.fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      // Following would send the Api-Key on to wherever the redirect points.
      redirect: 'manual',
    });
    const text = await response.text();
    if (response.status >= 300 && response.status < 400) {
      const targetOrigin = redirectOrigin(response.headers.get('location'), request.url);
      return { type: 'redirect', status: response.status, targetOrigin } as const;
    }
    return {
      type: 'answer',
      status: response.status,
      headers: limitHeaders(response.headers),
      text,
    } as const;
  })().catch((error: unknown) => ({ type: 'thrown', error }) as const);
  const timeout: Promise<Settled> = request.clock.sleep(request.timeoutMs, stopTimer.signal).then(
    () =>
      ({ type: 'failure', failure: 'timeout', detail: `no answer within ${request.timeoutMs} ms` }) as const,
    () => new Promise<never>(() => undefined),
  );
  try {
    const settled = await Promise.race([work, timeout]);
    if (signal?.aborted) {
      throw signal.reason;
    }
    if (settled.type !== 'thrown') {
      return settled;
    }
    const { error } = settled;
    const detail = error instanceof Error ? error.message : String(error);
    const code = errorCode(error);
    const failure = code !== undefined && NOT_SENT_CODES.has(code) ? 'not-sent' : 'connection-dropped';
    return { type: 'failure', failure, detail: code === undefined ? detail : `${detail} (${code})` };
  } finally {
    stopTimer.abort();
    controller.abort(new Error('exchange finished'));
    signal?.removeEventListener('abort', onCallerAbort);
  }
}
