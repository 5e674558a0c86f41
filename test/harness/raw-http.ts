import { connect } from 'node:net';

/** What came back over one raw HTTP/1.1 exchange, and how much of the request body had gone out by then. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Body bytes handed to the socket before the answer arrived (or the connection ended). */
  readonly bodyBytesSent: number;
  /** Whether the whole body had been sent when the answer arrived: false = answered before reading it. */
  readonly sentWholeBody: boolean;
}

export interface RawBody {
  /** How many bytes the body has; it is streamed in 64 KB pieces, never held in memory at once. */
  readonly bytes: number;
  /** Chunked transfer encoding instead of a Content-Length header. */
  readonly chunked?: boolean;
  /**
   * Go on sending after the answer, ignoring it and the server's end of the stream, as a hostile client would:
   * the exchange then ends when the server drops the connection or the whole body is out.
   */
  readonly keepSending?: boolean;
}

const PIECE = Buffer.alloc(64 * 1024, 0x61);

interface Parsed {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A complete answer in `data` (status line, headers, Content-Length body), or undefined while it is incomplete. */
function parseAnswer(data: Buffer): Parsed | undefined {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) {
    return undefined;
  }
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? '0');
  const body = data.subarray(end + 4);
  if (body.length < length) {
    return undefined;
  }
  return {
    status: Number(statusLine.split(' ')[1] ?? '0'),
    headers,
    body: body.subarray(0, length).toString('utf8'),
  };
}

/**
 * Sends `head` (request line and headers, without the blank line) and then a body of `body.bytes`, piece by
 * piece, stopping as soon as any answer byte arrives: what a client does that keeps its stream open while the
 * server decides. No timers: the exchange ends when the answer is complete or the connection closes.
 */
export function sendRaw(port: number, head: string, body?: RawBody): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const keepSending = body?.keepSending === true;
    const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: keepSending });
    const received: Buffer[] = [];
    let sent = 0;
    let answered = false;
    let settled = false;
    const total = body?.bytes ?? 0;
    const finish = (): void => {
      if (settled) {
        return;
      }
      const parsed = parseAnswer(Buffer.concat(received));
      if (parsed === undefined) {
        settled = true;
        reject(new Error(`no complete answer; got ${JSON.stringify(Buffer.concat(received).toString())}`));
        return;
      }
      settled = true;
      socket.destroy();
      resolve({ ...parsed, bodyBytesSent: sent, sentWholeBody: sent >= total });
    };
    socket.on('data', (chunk: Buffer) => {
      answered = true;
      received.push(chunk);
      if (!keepSending && parseAnswer(Buffer.concat(received)) !== undefined) {
        finish();
      }
    });
    socket.on('close', finish);
    // A server that stops reading may reset the connection under a write; the answer already read still counts.
    socket.on('error', () => undefined);
    socket.once('connect', async () => {
      const framing = body === undefined ? '' : body.chunked ? 'Transfer-Encoding: chunked\r\n' : '';
      const length = body !== undefined && !body.chunked ? `Content-Length: ${body.bytes}\r\n` : '';
      socket.write(`${head}\r\n${framing}${length}\r\n`);
      while (body !== undefined && sent < total && !(answered && !keepSending) && !socket.destroyed) {
        const piece = PIECE.subarray(0, Math.min(PIECE.length, total - sent));
        const framed = body.chunked
          ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
          : piece;
        const flushed = socket.write(framed);
        sent += piece.length;
        // Wait for the socket to take more, or for the answer; setImmediate lets pending reads run first.
        await new Promise<void>((next) => {
          if (flushed) {
            setImmediate(next);
            return;
          }
          const done = (): void => {
            socket.off('drain', done);
            socket.off('data', done);
            socket.off('close', done);
            next();
          };
          socket.once('drain', done);
          socket.once('data', done);
          socket.once('close', done);
        });
      }
      if (body?.chunked && sent >= total && !answered && !socket.destroyed) {
        socket.write('0\r\n\r\n');
      }
      if (keepSending) {
        // Everything is out or the server hung up: what came back is the answer.
        finish();
      }
    });
  });
}
