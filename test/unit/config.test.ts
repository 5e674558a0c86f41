import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bridge/src/config/load';
import { parsePhpDefines } from '../../bridge/src/config/opencart-config';

const DB = 'mysql://root@127.0.0.1:3306/shop';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'meschain-config-'));
}

describe('bridge configuration', () => {
  it('applies defaults: loopback, port 7420, prefix oc_', async () => {
    const config = await loadConfig({ flags: { 'database-url': DB }, env: {} });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 7420, tablePrefix: 'oc_', databaseUrl: DB });
  });

  it('a non-numeric port stops start-up with a message naming the flag and the value', async () => {
    const error = await loadConfig({ flags: { 'database-url': DB, port: 'abc' }, env: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('port [--port] must be a whole number');
    expect((error as Error).message).toContain('"abc"');
  });

  it('names a wrong database URL without printing its password', async () => {
    const error = await loadConfig({
      flags: { 'database-url': 'postgres://shop:s3cret-pass@db.local/shop' },
      env: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const message = error instanceof Error ? error.message : '';
    expect(message).toContain('databaseUrl [--database-url] must be a mysql:// URL');
    expect(message).toContain('postgres://shop:***@db.local/shop');
    expect(message).not.toContain('s3cret-pass');
  });

  it('names the environment variable when the bad value came from there', async () => {
    const error = await loadConfig({ env: { MESCHAIN_DATABASE_URL: DB, MESCHAIN_PORT: '70000' } }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain('port [MESCHAIN_PORT]');
  });

  it('refuses a non-loopback host', async () => {
    const error = await loadConfig({ flags: { 'database-url': DB, host: '0.0.0.0' }, env: {} }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain('host [--host] must be a loopback address');
  });

  it('refuses a prefix that is not a table-name prefix', async () => {
    const error = await loadConfig({
      flags: { 'database-url': DB, 'table-prefix': 'oc`; drop' },
      env: {},
    }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('tablePrefix [--table-prefix]');
  });

  it('flags win over the environment, which wins over the config file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bridge.json');
    await writeFile(file, JSON.stringify({ databaseUrl: DB, port: 1111, tablePrefix: 'file_' }));
    const config = await loadConfig({
      configFile: file,
      env: { MESCHAIN_PORT: '2222', MESCHAIN_TABLE_PREFIX: 'env_' },
      flags: { 'table-prefix': 'flag_' },
    });
    expect(config).toMatchObject({ port: 2222, tablePrefix: 'flag_', databaseUrl: DB });
  });

  it('rejects unknown keys in the config file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bridge.json');
    await writeFile(file, JSON.stringify({ databaseUrl: DB, prot: 1 }));
    await expect(loadConfig({ configFile: file, env: {} })).rejects.toThrow('unknown setting(s) prot');
  });

  it("reads the database, prefix and store URL from OpenCart's config.php", async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'config.php'),
      `<?php
// HTTP
define('HTTP_SERVER', 'http://shop.example/');
define('DIR_IMAGE', '/var/www/shop/image/');
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', '127.0.0.1');
define('DB_USERNAME', 'shop');
define('DB_PASSWORD', 'p@ss:w/rd');
define('DB_DATABASE', 'shopdb');
define('DB_PORT', '3307');
define('DB_PREFIX', 'ms7_');
`,
    );
    const config = await loadConfig({ flags: { 'opencart-root': dir }, env: {} });
    expect(config.tablePrefix).toBe('ms7_');
    expect(config.storeUrl).toBe('http://shop.example/');
    const url = new URL(config.databaseUrl);
    expect([
      url.hostname,
      url.port,
      decodeURIComponent(url.username),
      decodeURIComponent(url.password),
      url.pathname,
    ]).toEqual(['127.0.0.1', '3307', 'shop', 'p@ss:w/rd', '/shopdb']);
  });

  it('says which folder is wrong when config.php is missing', async () => {
    const dir = await tempDir();
    await expect(loadConfig({ flags: { 'opencart-root': dir }, env: {} })).rejects.toThrow(
      /opencartRoot: cannot read .*config\.php/,
    );
  });

  it('parses PHP defines with either quote style, escapes and bare numbers', () => {
    const defines = parsePhpDefines(`define("A", "x\\"y"); define('B', 'it\\'s'); define('C', 42);`);
    expect(Object.fromEntries(defines)).toEqual({ A: 'x"y', B: "it's", C: '42' });
  });
});
