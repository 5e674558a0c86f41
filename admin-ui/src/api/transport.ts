import type { TransportConfig } from '../config';
import { errorFromAnswer, PanelApiError } from './errors';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /** The JSON text to send. */
  readonly body?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Sends one API call and answers the raw Response (for streams) or fails with a PanelApiError. */
export type Transport = (method: Method, path: string, options?: RequestOptions) => Promise<Response>;

/** Header the bridge's panel session requires on writes (see bridge/scaffold/demo-panel/sessions.ts). */
export const CSRF_HEADER = 'x-meschain-csrf';

function targetOf(config: TransportConfig, path: string): string {
  // The proxy takes the bridge path as one query parameter and forwards it verbatim, query string included.
  return config.kind === 'proxy'
    ? `${config.proxyUrl}&path=${encodeURIComponent(path)}`
    : `${config.apiBase}${path}`;
}

/**
 * The one way the panel reaches the bridge. Through OpenCart the extension's proxy checks permissions and
 * signs; in the demo the bridge is called directly with the session cookie and the CSRF header.
 */
export function createTransport(config: TransportConfig): Transport {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    if (config.kind === 'direct' && method !== 'GET') {
      headers[CSRF_HEADER] = config.csrf;
    }
    let response: Response;
    try {
      response = await fetch(targetOf(config, path), {
        method,
        headers,
        credentials: 'same-origin',
        ...(options.body === undefined ? {} : { body: options.body }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) {
        throw error;
      }
      throw new PanelApiError(
        'BRIDGE_UNAVAILABLE',
        error instanceof Error ? error.message : String(error),
        0,
      );
    }
    if (!response.ok) {
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      throw errorFromAnswer(response.status, body, text);
    }
    return response;
  };
}

const METHODS: readonly Method[] = ['GET', 'POST', 'PUT', 'DELETE'];

function methodOf(init: RequestInit | undefined): Method {
  const method = METHODS.find((m) => m === (init?.method ?? 'GET').toUpperCase());
  if (!method) {
    throw new Error(`the bridge's API has no ${init?.method} calls`);
  }
  return method;
}

/**
 * A `fetch` for Hono's typed client that sends through the transport: `hc` builds the bridge path (with its query)
 * and the JSON body, the transport takes them to the bridge its own way and turns failures into PanelApiError.
 * A 2xx answer that is not JSON (an HTML page means OpenCart answered instead, e.g. its login page) fails here
 * too, so that the client's `json()` only ever reads the bridge's JSON.
 */
export function transportFetch(transport: Transport): typeof fetch {
  return async (input, init) => {
    const path =
      typeof input === 'string'
        ? input
        : input instanceof URL
          ? `${input.pathname}${input.search}`
          : input.url;
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const response = await transport(methodOf(init), path, { body, signal: init?.signal ?? undefined });
    const text = await response.text();
    try {
      JSON.parse(text);
    } catch {
      throw new PanelApiError('BAD_RESPONSE', `not JSON: ${text.slice(0, 200)}`, response.status);
    }
    return new Response(text, { status: response.status, headers: response.headers });
  };
}
