import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../harness/opencart-sql';
import { createTestStore, type TestStore } from '../harness/test-store';

const BIN = path.join(PROJECT_ROOT, 'bridge', 'bin', 'meschain-ozon.mjs');

function run(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, MESCHAIN_PORT: '' },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

describe('the meschain-ozon command', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(async () => store?.destroy());

  it('lists its subcommands', async () => {
    const help = run(['--help']);
    expect(await help.exit).toBe(0);
    expect(help.output()).toMatch(/serve\s+run the bridge/);
    expect(help.output()).toMatch(/sample-store\s+create/);
  });

  it('stops at start-up on a bad setting, naming it', async () => {
    const bad = run(['serve', '--database-url', store.databaseUrl, '--port', 'eighty']);
    expect(await bad.exit).toBe(78);
    expect(bad.output()).toContain('port [--port] must be a whole number');
  });

  it('serves, then shuts down cleanly on SIGTERM', async () => {
    const serve = run([
      'serve',
      '--database-url',
      store.databaseUrl,
      '--table-prefix',
      store.prefix,
      '--port',
      '0',
    ]);
    const deadline = Date.now() + 30_000;
    while (!/listening on (http:\/\/\S+)/.test(serve.output()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const url = /listening on (http:\/\/\S+)/.exec(serve.output())?.[1];
    expect(url, serve.output()).toBeDefined();
    expect((await fetch(`${url}/health`)).status).toBe(200);
    serve.child.kill('SIGTERM');
    expect(await serve.exit).toBe(0);
    expect(serve.output()).toContain('SIGTERM: finishing work in flight');
  });

  it("install reads OpenCart's config.php, readies the tables and prints a systemd unit", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'oc-root-'));
    const url = new URL(store.databaseUrl);
    await writeFile(
      path.join(root, 'config.php'),
      `<?php
define('HTTP_SERVER', 'http://shop.local/');
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', '${url.hostname}');
define('DB_USERNAME', '${decodeURIComponent(url.username)}');
define('DB_PASSWORD', '${decodeURIComponent(url.password)}');
define('DB_DATABASE', '${url.pathname.slice(1)}');
define('DB_PORT', '${url.port || '3306'}');
define('DB_PREFIX', '${store.prefix}');
`,
    );
    const install = run(['install', '--opencart-root', root, '--user', 'www-data']);
    expect(await install.exit).toBe(0);
    expect(install.output()).toContain(`prefix ${store.prefix}`);
    expect(install.output()).toContain('bridge tables ready');
    expect(install.output()).toContain(`ExecStart=${process.execPath}`);
    expect(install.output()).toContain(`serve --opencart-root ${root}`);
    expect(install.output()).toContain('User=www-data');
    expect(install.output()).toContain('RestartPreventExitStatus=78');
  });
});
