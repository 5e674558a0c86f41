import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const SERVER_BINARIES = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld', '/usr/bin/mariadbd'];
const INSTALL_BINARIES = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'];

function firstExisting(candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => existsSync(candidate));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PrivateMariaDb {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts a throw-away MariaDB from the installed binaries on a temporary data folder, for machines where no
 * server answers. Grants are skipped: it listens on loopback only and lives as long as the test run.
 */
export async function startPrivateMariaDb(): Promise<PrivateMariaDb> {
  const server = firstExisting(SERVER_BINARIES);
  const installer = firstExisting(INSTALL_BINARIES);
  if (server === undefined || installer === undefined) {
    throw new Error(
      'No MariaDB server answers on DATABASE_URL and none is installed: install the Debian package mariadb-server.',
    );
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'meschain-mariadb-'));
  const runAsRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(installer, ['--no-defaults', `--datadir=${dataDir}`, '--skip-test-db', ...runAsRoot], {
    stdio: 'ignore',
  });
  const port = await freePort();
  const child: ChildProcess = spawn(
    server,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${path.join(dataDir, 'mysqld.sock')}`,
      '--skip-grant-tables',
      '--skip-log-bin',
      ...runAsRoot,
    ],
    { stdio: 'ignore' },
  );
  return {
    url: `mysql://root@127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
