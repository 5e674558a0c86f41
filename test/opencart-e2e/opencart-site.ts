import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the test needs to know about an installed OpenCart 3, read from its own config files. */
export interface OpencartSite {
  readonly root: string;
  /** Storefront URL with trailing slash, e.g. http://127.0.0.1:8080/ */
  readonly storeUrl: string;
  /** Admin URL with trailing slash. */
  readonly adminUrl: string;
  readonly version: string;
  readonly logDir: string;
  readonly cacheDir: string;
  readonly db: {
    readonly host: string;
    readonly port: number;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    readonly prefix: string;
  };
}

/** Reads admin/config.php through PHP itself (its defines are expressions) and VERSION from index.php. */
export function readSite(root: string): OpencartSite {
  const script = `require ${JSON.stringify(join(root, 'admin', 'config.php'))};
echo json_encode(array('admin' => HTTP_SERVER, 'store' => HTTP_CATALOG, 'logs' => DIR_LOGS, 'cache' => DIR_CACHE, 'host' => DB_HOSTNAME,
  'port' => defined('DB_PORT') ? DB_PORT : 3306, 'user' => DB_USERNAME, 'password' => DB_PASSWORD,
  'database' => DB_DATABASE, 'prefix' => DB_PREFIX));`;
  const result = spawnSync('php', ['-r', script], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`cannot read ${root}/admin/config.php: ${result.stderr}${result.stdout}`);
  }
  const c = JSON.parse(result.stdout) as Record<string, string>;
  const version = /define\('VERSION',\s*'([^']+)'\)/.exec(readFileSync(join(root, 'index.php'), 'utf8'))?.[1];
  return {
    root,
    storeUrl: String(c.store),
    adminUrl: String(c.admin),
    version: version ?? 'unknown',
    logDir: String(c.logs),
    cacheDir: String(c.cache),
    db: {
      host: String(c.host),
      port: Number(c.port),
      user: String(c.user),
      password: String(c.password ?? ''),
      database: String(c.database),
      prefix: String(c.prefix),
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status < 500;
  } catch {
    return false;
  }
}

/**
 * Makes sure the store answers at its configured URL; when nothing listens there, starts PHP's built-in server
 * for it (several workers: the admin loads assets and AJAX in parallel). Returns a function that stops what it
 * started.
 */
export async function ensureServer(site: OpencartSite): Promise<() => Promise<void>> {
  if (await answers(site.storeUrl)) {
    return async () => undefined;
  }
  const { host } = new URL(site.storeUrl);
  const server: ChildProcess = spawn('php', ['-S', host, '-t', site.root], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    detached: true,
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 50 && !(await answers(site.storeUrl)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return async () => {
    // Its workers share the process group; killing only the parent would leave them serving.
    if (server.pid !== undefined) {
      process.kill(-server.pid, 'SIGTERM');
    }
  };
}
