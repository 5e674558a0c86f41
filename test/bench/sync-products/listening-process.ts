import { type ChildProcess, spawn } from 'node:child_process';

/** A long-running process of ours that listens on a loopback port. */
export interface ListeningProcess {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  /** The process id, to tell its figures from the bench's. */
  readonly pid: number | undefined;
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
 * `node <args>` in `cwd`, resolved once its output says where it listens (the first `listening on http://…`). Its
 * work is not on the bench's thread; it is stopped with SIGTERM (SIGKILL when it does not end in 10 s).
 */
export async function startListeningProcess(options: {
  cwd: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
}): Promise<ListeningProcess> {
  const child = spawn(process.execPath, [...options.args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
        () => reject(new Error(`${options.args[1]} did not start in ${START_TIMEOUT_MS} ms:\n${output}`)),
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
        reject(new Error(`${options.args[1]} exited (${code}) before it listened:\n${output}`));
      });
    });
    // Its output is not kept from here on, but still drained so that it never blocks on a full pipe.
    child.stdout.removeAllListeners('data');
    child.stderr.removeAllListeners('data');
    child.stdout.resume();
    child.stderr.resume();
    return { url, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
