import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SIGNATURE_HEADERS, signatureMatches } from '../../bridge/src/http/auth/signature';

/** One request as the stand-in saw it, with the bridge's own verdict on its signature. */
export interface SeenRequest {
  readonly method: string;
  readonly target: string;
  readonly body: Buffer;
  readonly headers: IncomingMessage['headers'];
  readonly signatureValid: boolean;
}

export interface BridgeStandIn {
  readonly url: string;
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'stand-in' });
  response.end(JSON.stringify(body));
}

function answer(request: IncomingMessage, response: ServerResponse, seen: SeenRequest): void {
  const path = seen.target.split('?')[0];
  if (path === '/api/v1/status') {
    response.setHeader('set-cookie', 'bridge_session=never-for-the-browser');
    json(response, 200, { ok: true, signed: seen.signatureValid });
  } else if (path === '/api/v1/echo') {
    response.writeHead(201, { 'content-type': 'text/plain' });
    response.end(createHash('sha256').update(seen.body).digest('hex'));
  } else if (path === '/api/v1/fail') {
    json(response, 409, { error: { code: 'CONFLICT', message: 'stand-in conflict', requestId: 'r1' } });
  } else if (path === '/api/v1/headers') {
    json(response, 200, request.headers);
  } else if (path === '/api/v1/events') {
    if (!seen.signatureValid) {
      json(response, 401, {
        error: { code: 'UNAUTHENTICATED', message: 'bad request signature', requestId: 'r2' },
      });
    } else {
      json(response, 202, { queued: true });
    }
  } else if (path === '/api/v1/progress') {
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    let step = 0;
    const tick = (): void => {
      step += 1;
      response.write(`${JSON.stringify({ done: step })}\n`);
      if (step < 3) {
        setTimeout(tick, 80);
      } else {
        response.end();
      }
    };
    tick();
  } else if (path === '/api/v1/hang') {
    // Never answers: the client's timeout must end the exchange.
  } else {
    json(response, 404, { error: { code: 'NOT_FOUND', message: 'no such stand-in route', requestId: 'r3' } });
  }
}

/**
 * A loopback HTTP server standing in for the bridge in the PHP client tests: it records every request and checks
 * its signature with the bridge's own verifier, then answers from a few fixed routes.
 */
export async function startBridgeStandIn(secret: string): Promise<BridgeStandIn> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = request.url ?? '';
      const signatureValid = signatureMatches(
        secret,
        {
          method: request.method ?? '',
          pathWithQuery: target,
          timestamp: header(request, SIGNATURE_HEADERS.timestamp),
          nonce: header(request, SIGNATURE_HEADERS.nonce),
          body,
        },
        header(request, SIGNATURE_HEADERS.signature),
      );
      const record: SeenRequest = {
        method: request.method ?? '',
        target,
        body,
        headers: request.headers,
        signatureValid,
      };
      seen.push(record);
      answer(request, response, record);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) {
          socket.destroy();
        }
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
