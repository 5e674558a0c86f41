import { type ListeningProcess, startListeningProcess } from './listening-process';

export type EmulatorProcess = ListeningProcess;

/**
 * `meschain-ozon emulator` as its own process on a free loopback port, as a merchant's Ozon is elsewhere: its
 * work is not on the bench's thread and not in the measured process. Resolves once it says where it listens.
 */
export function startEmulatorProcess(options: {
  cwd: string;
  speed: number;
  clientId: string;
  apiKey: string;
}): Promise<EmulatorProcess> {
  return startListeningProcess({
    cwd: options.cwd,
    args: [
      'bridge/bin/meschain-ozon.mjs',
      'emulator',
      ...['--port', '0', '--speed', String(options.speed)],
      ...['--client-id', options.clientId, '--api-key', options.apiKey],
      // Checking each request against Ozon's OpenAPI documents too costs the emulator CPU on the same two
      // cores as the measured run; the emulator's own request schemas still apply.
      '--no-openapi',
    ],
  });
}
