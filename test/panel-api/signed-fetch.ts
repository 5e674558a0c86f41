import { signedHeaders } from '../../bridge/src/http/auth/signature';
import type { RunningBridge } from '../../bridge/src/server/start';

export interface Answer {
  readonly status: number;
  readonly text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  readonly json: unknown;
}

/** Sends a request to a running bridge signed as the OpenCart extension would sign it. */
export async function signedFetch(
  bridge: RunningBridge,
  method: string,
  pathWithQuery: string,
  body?: unknown,
): Promise<Answer> {
  const secret = await bridge.services.secrets.current();
  const text = body === undefined ? '' : JSON.stringify(body);
  const response = await fetch(`${bridge.url}${pathWithQuery}`, {
    method,
    headers: {
      ...signedHeaders(secret, { method, pathWithQuery, body: text }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: text }),
  });
  const answer = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(answer);
  } catch {
    json = undefined;
  }
  return { status: response.status, text: answer, json };
}
