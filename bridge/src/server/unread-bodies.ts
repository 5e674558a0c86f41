import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** What is still read, and discarded, after an early answer before the connection is dropped. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;
/** How long a client gets to read an early answer and hang up before the connection is dropped. */
const DRAIN_GRACE_MS = 5_000;

/**
 * Ends connections whose request was answered before its body arrived (a refused signature, a body over its
 * limit). Node would otherwise read and discard the rest of the body, however large, to reach the next request on
 * the connection. Closing at once is no better: the client, still sending, meets a reset and may never read the
 * answer. So the answer goes out, then our side of the connection is closed, and at most DRAIN_LIMIT_BYTES more
 * are read while the client sees the answer and hangs up.
 */
export function closeConnectionsWithUnreadBodies(server: Server): void {
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    // 'prefinish': the answer is complete but not yet flushed, so this runs before Node decides to discard the
    // rest of the body itself (which would also hide it from us).
    response.once('prefinish', () => {
      // `complete`: the parser has the whole message. Without it, the body is still on its way.
      if (request.complete || request.destroyed) {
        return;
      }
      const socket = request.socket;
      let drained = 0;
      const drop = (): void => {
        socket.destroy();
      };
      const timer = setTimeout(drop, DRAIN_GRACE_MS);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
      request.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_LIMIT_BYTES) {
          drop();
        }
      });
      response.once('finish', () => socket.end());
    });
  });
}
