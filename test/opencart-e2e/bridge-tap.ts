import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached the bridge through the tap. */
export interface TappedRequest {
  readonly method: string;
  /** The request target as the proxy sent it, e.g. /api/v1/jobs/ID */
  readonly target: string;
  /** All three signature headers of the shared contract were present and well-formed. */
  readonly signed: boolean;
  /** The bridge's answer status (0 when the bridge could not be reached). */
  status: number;
}

export interface BridgeTap {
  /** The address to give OpenCart as the bridge URL. */
  readonly url: string;
  readonly requests: readonly TappedRequest[];
  close(): Promise<void>;
}

const WELL_FORMED = {
  'x-meschain-timestamp': /^\d{9,11}$/,
  'x-meschain-nonce': /^[0-9a-f]{16,}$/,
  'x-meschain-signature': /^[0-9a-f]{64}$/,
} as const;

function isSigned(incoming: IncomingMessage): boolean {
  return Object.entries(WELL_FORMED).every(([name, shape]) => {
    const value = incoming.headers[name];
    return typeof value === 'string' && shape.test(value);
  });
}

function forward(target: URL, incoming: IncomingMessage, answer: ServerResponse, seen: TappedRequest): void {
  const outgoing = request(
    {
      host: target.hostname,
      port: target.port,
      method: incoming.method,
      path: incoming.url,
      headers: { ...incoming.headers, host: target.host },
    },
    (reply) => {
      seen.status = reply.statusCode ?? 0;
      answer.writeHead(reply.statusCode ?? 502, reply.headers);
      // Piped as it arrives, so progress streams keep streaming through the tap.
      reply.pipe(answer);
    },
  );
  outgoing.on('error', () => {
    answer.destroy();
  });
  incoming.pipe(outgoing);
}

/**
 * A recording pass-through in front of the bridge. OpenCart is given its address as the bridge URL, so every
 * request the extension's PHP proxy forwards is seen here with its signature headers; that is how the test knows
 * the panel's calls really travelled browser → OpenCart proxy → bridge (the browser never holds the secret).
 */
export async function startBridgeTap(bridgeUrl: string): Promise<BridgeTap> {
  const target = new URL(bridgeUrl);
  const requests: TappedRequest[] = [];
  const server = createServer((incoming, answer) => {
    const seen: TappedRequest = {
      method: incoming.method ?? '',
      target: incoming.url ?? '',
      signed: isSigned(incoming),
      status: 0,
    };
    requests.push(seen);
    forward(target, incoming, answer, seen);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
