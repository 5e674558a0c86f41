import type { TransportConfig } from '../config';
import { errorFromAnswer, PanelApiError } from './errors';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  readonly body?: unknown;
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
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
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

/** Reads a 2xx answer as JSON; an HTML page here means OpenCart answered instead (e.g. its login page). */
export async function readJson<T>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new PanelApiError('BAD_RESPONSE', `not JSON: ${text.slice(0, 200)}`, response.status);
  }
}
