import { randomUUID } from 'node:crypto';
import { type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { RequestError } from '@hono/node-server';
import type { ErrorCode, ErrorEnvelope } from '../contract/errors';

interface Refusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

function envelopeText(refusal: Refusal, requestId: string): string {
  const body: ErrorEnvelope = { error: { code: refusal.code, message: refusal.message, requestId } };
  return JSON.stringify(body);
}

/** Node's parser errors, by the code Node gives them, as the bridge words them. */
function refusalOf(error: NodeJS.ErrnoException): Refusal {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'BAD_REQUEST',
        message: 'the request headers are larger than the bridge reads',
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: 'a chunk extension of the body is too large',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'BAD_REQUEST', message: 'the request did not arrive in time' };
    default:
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: `the request is not valid HTTP (${error.code ?? 'unreadable'})`,
      };
  }
}

/**
 * Answers what Node refuses before the app sees a request (a request line that is not HTTP, headers over Node's
 * limit, a timed-out request) with the envelope, where Node would write a bare status line.
 */
export function answerClientErrorsWithEnvelope(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Node's own rule: answer only when no answer of this connection has begun, or the client would read garbage.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent === true) {
      socket.destroy();
      return;
    }
    const refusal = refusalOf(error);
    const text = envelopeText(refusal, randomUUID());
    socket.end(
      [
        `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ''}`,
        'Content-Type: application/json; charset=UTF-8',
        `Content-Length: ${Buffer.byteLength(text)}`,
        'Cache-Control: no-store',
        'Connection: close',
        '',
        text,
      ].join('\r\n'),
    );
  });
}

/**
 * The answer for a request the HTTP adapter cannot turn into a Request for the app (a Host header or target
 * that makes no URL); the adapter would answer an empty 400.
 */
export function requestErrorAnswer(error: unknown): Response {
  const refusal: Refusal =
    error instanceof RequestError
      ? { status: 400, code: 'BAD_REQUEST', message: `the request cannot be read: ${error.message}` }
      : { status: 500, code: 'INTERNAL', message: 'internal error; see the bridge log' };
  const requestId = randomUUID();
  return new Response(envelopeText(refusal, requestId), {
    status: refusal.status,
    headers: {
      'content-type': 'application/json; charset=UTF-8',
      'cache-control': 'no-store',
      'x-request-id': requestId,
    },
  });
}
