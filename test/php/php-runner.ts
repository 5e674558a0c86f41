import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Folder of the PHP test scripts. */
export const PHP_TEST_DIR = fileURLToPath(new URL('./', import.meta.url));
/** The extension's source tree. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../opencart-extension/', import.meta.url));

/** Flags that make PHP report everything on stderr, where the runner treats any output as a failure. */
export const STRICT_PHP_FLAGS = [
  '-d',
  'error_reporting=-1',
  '-d',
  'display_errors=stderr',
  '-d',
  'display_startup_errors=1',
  '-d',
  'log_errors=0',
];

const MARKER = '@@PHP-TEST-RESULTS@@';

export interface PhpCase {
  readonly name: string;
  readonly ok: boolean;
  readonly message: string;
  readonly assertions: number;
}

export interface PhpRun {
  readonly status: number | null;
  /** Everything printed besides the results line: must stay empty. */
  readonly strayOutput: string;
  readonly cases: readonly PhpCase[];
}

function parse(status: number | null, stdout: string, stderr: string): PhpRun {
  const at = stdout.lastIndexOf(MARKER);
  const resultLine = at < 0 ? '' : stdout.slice(at + MARKER.length).trim();
  const before = at < 0 ? stdout : stdout.slice(0, at);
  const cases = resultLine === '' ? [] : (JSON.parse(resultLine) as PhpCase[]);
  return { status, strayOutput: (before.trim() + stderr.trim()).trim(), cases };
}

/** Runs one PHP test script synchronously (for scripts that need nothing from this process). */
export function runPhpTestSync(script: string): PhpRun {
  const result = spawnSync('php', [...STRICT_PHP_FLAGS, `${PHP_TEST_DIR}${script}`], { encoding: 'utf8' });
  return parse(result.status, result.stdout, result.stderr);
}

/** Runs one PHP test script without blocking, so a server in this process can answer it. */
export function runPhpTest(script: string, env: Record<string, string>): Promise<PhpRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('php', [...STRICT_PHP_FLAGS, `${PHP_TEST_DIR}${script}`], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve(parse(status, stdout, stderr)));
  });
}

/** Runs a PHP helper script that prints JSON, feeding it `input` on stdin. */
export function runPhpJson<T>(script: string, args: readonly string[] = [], input = ''): T {
  const result = spawnSync('php', [...STRICT_PHP_FLAGS, `${PHP_TEST_DIR}${script}`, ...args], {
    encoding: 'utf8',
    input,
  });
  if (result.status !== 0 || result.stderr.trim() !== '') {
    throw new Error(`php ${script} failed (${String(result.status)}): ${result.stderr}${result.stdout}`);
  }
  return JSON.parse(result.stdout) as T;
}

export interface PhpServer {
  readonly url: string;
  /** What PHP printed on stderr besides the built-in server's own request lines: notices, warnings, errors. */
  problems(): string[];
  close(): Promise<void>;
}

/**
 * Serves every request with one PHP script under PHP's built-in web server (`php -S`), on `port`, so the script
 * sees a real request: its $_SERVER, headers and php://input. Resolves once PHP says it listens.
 */
export function startPhpServer(
  script: string,
  port: number,
  env: Record<string, string>,
): Promise<PhpServer> {
  return new Promise((resolve, reject) => {
    const child = spawn('php', [...STRICT_PHP_FLAGS, '-S', `127.0.0.1:${port}`, `${PHP_TEST_DIR}${script}`], {
      env: { ...process.env, ...env },
    });
    let stderr = '';
    let started = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!started && /Development Server \(http:\/\/[^)]+\) started/.test(stderr)) {
        started = true;
        resolve({
          url: `http://127.0.0.1:${port}`,
          problems: () =>
            stderr
              .split('\n')
              .filter((line) => line.trim() !== '')
              .filter((line) => !/Development Server|Accepted|Closing|\[\d{3}\]: /.test(line)),
          close: () =>
            new Promise<void>((done) => {
              child.once('close', () => done());
              child.kill();
            }),
        });
      }
    });
    child.on('error', reject);
    child.on('close', (status) => {
      if (!started) {
        reject(new Error(`php -S ${script} stopped (${String(status)}) before listening: ${stderr}`));
      }
    });
  });
}
