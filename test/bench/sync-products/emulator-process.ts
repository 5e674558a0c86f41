import { type ChildProcess, spawn } from 'node:child_process';

export interface EmulatorProcess {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * `meschain-ozon emulator` as its own process on a free loopback port, as a merchant's Ozon is elsewhere: its
 * work is not on the bench's thread and not in the measured process. Resolves once it says where it listens.
 */
export async function startEmulatorProcess(options: {
  cwd: string;
  speed: number;
  clientId: string;
  apiKey: string;
}): Promise<EmulatorProcess> {
  const child = spawn(
    process.execPath,
    [
      'bridge/bin/meschain-ozon.mjs',
      'emulator',
      '--port',
      '0',
      '--speed',
      String(options.speed),
      '--client-id',
      options.clientId,
      '--api-key',
      options.apiKey,
      // Checking each request against Ozon's OpenAPI documents too costs the emulator CPU on the same two
      // cores as the measured run; the emulator's own request schemas still apply.
      '--no-openapi',
    ],
    { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited(child);
    clearTimeout(timer);
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the emulator did not start in ${START_TIMEOUT_MS} ms:\n${output}`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const found = /listening on (http:\/\/\S+)/.exec(output);
        if (found?.[1]) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the emulator exited (${code}) before it listened:\n${output}`));
      });
    });
    // Its output is not kept from here on, but still drained so that it never blocks on a full pipe.
    child.stdout.removeAllListeners('data');
    child.stderr.removeAllListeners('data');
    child.stdout.resume();
    child.stderr.resume();
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
