import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { SHARED_OPENCART_DIR } from '../harness/opencart-sql';
import { freePort } from './bridge-process';

const run = promisify(execFile);

/**
 * Installs a release tree beside it with OpenCart's own CLI installer and serves it with `php -S` (`rig --help`).
 * CI's copy of that folder has no write bits: the script is run through bash and everything it makes goes into
 * folders and databases the test names.
 */
export const RIG = join(SHARED_OPENCART_DIR, 'rig');

/** The administrator the rig has OpenCart's installer create. */
export const RIG_ADMIN = { user: 'admin', password: 'admin123' } as const;

/** OpenCart's installer plus a PHP server start: a few seconds alone, more beside a whole test run. */
const INSTALL_TIMEOUT_MS = 120_000;
/** Another process may take the free port before the rig's server binds it; a new port then is enough. */
const INSTALL_ATTEMPTS = 3;
const PORT_TAKEN = /port \d+ is in use|Address already in use/;

export function rigAvailable(): boolean {
  return existsSync(RIG);
}

/** A store the rig installed for one test file; `remove()` leaves no server, database, grant or folder behind. */
export interface RiggedStore {
  readonly root: string;
  remove(): Promise<void>;
}

interface Server {
  readonly url: URL;
  /** The rig's environment: its root client and the host OpenCart's config.php will name. */
  readonly env: NodeJS.ProcessEnv;
}

function serverFor(serverUrl: string): Server {
  const url = new URL(serverUrl);
  const user = decodeURIComponent(url.username) || 'root';
  const password = decodeURIComponent(url.password);
  return {
    url,
    env: {
      ...process.env,
      DB_HOST: url.hostname,
      DB_PORT: url.port || '3306',
      DB_ROOT: `mariadb -u${user} -h${url.hostname} -P${url.port || '3306'}`,
      // The client reads it from the environment, so no password stands in a process list.
      ...(password ? { MYSQL_PWD: password } : {}),
    },
  };
}

/** Drops the database and the rights the rig gave OpenCart's user on it (DROP DATABASE keeps grants). */
async function dropDatabase(server: Server, databaseName: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: server.url.toString() });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${databaseName}\``);
    const [grants] = await connection.query<mysql.RowDataPacket[]>(
      'SELECT User AS user, Host AS host FROM mysql.db WHERE Db = ?',
      [databaseName],
    );
    for (const { user, host } of grants) {
      await connection.query(`REVOKE ALL PRIVILEGES ON \`${databaseName}\`.* FROM ?@?`, [user, host]);
    }
  } finally {
    await connection.end();
  }
}

/** The command and everything the rig printed (execFile's message repeats stderr, so only its first line). */
function failureText(error: unknown): string {
  const { stdout = '', stderr = '', message = String(error) } = error as Record<string, string>;
  return `${message.split('\n')[0]}\n${stdout}${stderr}`;
}

/** One install on a fresh free port; retried by the caller only when that port was taken meanwhile. */
async function installOnce(
  version: string,
  databaseName: string,
  root: string,
  server: Server,
): Promise<void> {
  const port = String(await freePort());
  await run('bash', [RIG, version, port, databaseName, root], {
    env: server.env,
    timeout: INSTALL_TIMEOUT_MS,
  });
}

/**
 * OpenCart `version` installed by the rig into a temp folder and the fresh database `databaseName` on the run's
 * database server (`serverUrl`, root rights), served on a free loopback port.
 */
export async function installRiggedStore(
  version: string,
  databaseName: string,
  serverUrl: string,
): Promise<RiggedStore> {
  const server = serverFor(serverUrl);
  const work = mkdtempSync(join(tmpdir(), `meschain-opencart-${version}-`));
  // The rig puts DIR-storage, DIR.pid and DIR.server.log beside DIR: all inside the temp folder.
  const root = join(work, `rig-${version}`);
  const remove = async (): Promise<void> => {
    try {
      await run('bash', [RIG, '--stop', root], { env: server.env });
      await dropDatabase(server, databaseName);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
  for (let attempt = 1; ; attempt++) {
    try {
      await installOnce(version, databaseName, root, server);
      return { root, remove };
    } catch (error) {
      const text = failureText(error);
      if (attempt < INSTALL_ATTEMPTS && PORT_TAKEN.test(text)) {
        continue;
      }
      await remove();
      throw new Error(`the rig did not install OpenCart ${version}:\n${text}`);
    }
  }
}
