import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a recording server heard it: where it went and the credentials it carried. */
export interface HeardRequest {
  readonly method: string;
  readonly path: string;
  readonly apiKey: string | undefined;
  readonly clientId: string | undefined;
}

export interface ScriptedAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface RecordingServer {
  readonly url: string;
  readonly heard: HeardRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on loopback that records every request's Ozon credentials and answers as `answer` says:
 * a stand-in for an API URL that redirects, or for the host a redirect points to.
 */
export async function startRecordingServer(
  answer: (request: IncomingMessage) => ScriptedAnswer,
): Promise<RecordingServer> {
  const heard: HeardRequest[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      heard.push({
        method: request.method ?? '',
        path: request.url ?? '',
        apiKey: request.headers['api-key']?.toString(),
        clientId: request.headers['client-id']?.toString(),
      });
      const { status, headers = {}, body = '' } = answer(request);
      response.writeHead(status, headers);
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    heard,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An answer to /v1/roles in Ozon's shape: what a host that received the key could answer to look real. */
export const ROLES_ANSWER: ScriptedAnswer = {
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    roles: [{ name: 'Admin', methods: ['/v1/roles'] }],
    expires_at: '2030-01-01T00:00:00Z',
  }),
};
