import { request } from 'node:http';
import { signedHeaders } from '../../../bridge/src/http/auth/signature';
import { childEnv } from '../sync-products/child-env';
import { type ListeningProcess, startListeningProcess } from '../sync-products/listening-process';

const EVENTS_PATH = '/api/v1/events';

/** `meschain-ozon serve` on the store, on a free loopback port, as a merchant runs it (the offers worker inside). */
export function startBridgeProcess(options: {
  cwd: string;
  databaseUrl: string;
  prefix: string;
}): Promise<ListeningProcess> {
  return startListeningProcess({
    cwd: options.cwd,
    env: childEnv(),
    args: [
      'bridge/bin/meschain-ozon.mjs',
      'serve',
      ...['--database-url', options.databaseUrl, '--table-prefix', options.prefix, '--port', '0'],
    ],
  });
}

/**
 * POSTs a store event as the extension does (EventPayload::make, Notifier): signed with the shared secret, on a
 * connection of its own (PHP's curl opens one per event). Resolves with the status once the answer is read.
 */
export function postStoreEvent(
  bridgeUrl: string,
  secret: string,
  event: { event: 'product.edited'; id: number },
): Promise<number> {
  const body = JSON.stringify({ ...event, at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    ...signedHeaders(secret, { method: 'POST', pathWithQuery: EVENTS_PATH, body }),
  };
  return new Promise((resolve, reject) => {
    const sent = request(
      `${bridgeUrl}${EVENTS_PATH}`,
      { method: 'POST', headers, agent: false },
      (answer) => {
        answer.resume();
        answer.once('end', () => resolve(answer.statusCode ?? 0));
        answer.once('error', reject);
      },
    );
    sent.once('error', reject);
    sent.end(body);
  });
}
