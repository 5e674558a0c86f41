import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface RunningBridge {
  readonly url: string;
  /** Whatever the bridge printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A loopback port nobody listens on right now (another process may still take it before the caller does). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts the project's own bridge (`meschain-ozon serve --opencart-root ROOT`) on a free loopback port. */
export async function startBridge(opencartRoot: string): Promise<RunningBridge> {
  const port = await freePort();
  const entry = fileURLToPath(new URL('../../bridge/bin/meschain-ozon.mjs', import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    [entry, 'serve', '--opencart-root', opencartRoot, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) {
        break;
      }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  if (child.exitCode !== null || Date.now() >= deadline) {
    child.kill('SIGKILL');
    throw new Error(`the bridge did not start:\n${printed}`);
  }
  return {
    url,
    output: () => printed,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A bridge the caller runs (env MESCHAIN_E2E_BRIDGE_URL), left running afterwards. */
export function externalBridge(url: string): RunningBridge {
  return { url: url.replace(/\/$/, ''), output: () => '(external bridge)', stop: async () => undefined };
}
