import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createOzonEmulator, type OzonEmulator, type OzonEmulatorOptions } from './create-emulator';
import { DROP_HEADER } from './pipeline/respond';

export interface StartOptions extends OzonEmulatorOptions {
  /** 0 = any free port. */
  port?: number;
  /** Loopback only by default: the emulator is a test tool. */
  host?: string;
}

export interface RunningOzonEmulator {
  /** Base URL, e.g. http://127.0.0.1:54321 */
  readonly url: string;
  readonly emulator: OzonEmulator;
  close(): Promise<void>;
}

/** Serves the emulator over HTTP (for the standalone process and cross-process tests). */
export async function startOzonEmulator(options: StartOptions = {}): Promise<RunningOzonEmulator> {
  const emulator = createOzonEmulator(options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve) => {
    const server = serve(
      {
        hostname: host,
        port: options.port ?? 0,
        fetch: async (request, env) => {
          const response = await emulator.app.fetch(request, env);
          if (response.headers.has(DROP_HEADER) && 'incoming' in env) {
            // The request was processed; now the client loses the connection before any answer.
            env.incoming.socket.destroy();
          }
          return response;
        },
      },
      (info: AddressInfo) => {
        resolve({
          url: `http://${host}:${info.port}`,
          emulator,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeAllConnections' in server) {
                server.closeAllConnections();
              }
            }),
        });
      },
    );
  });
}
