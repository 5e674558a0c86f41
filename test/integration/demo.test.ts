import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../harness/opencart-sql';

const BIN = path.join(PROJECT_ROOT, 'bridge', 'bin', 'meschain-ozon.mjs');

describe("the README's run command (meschain-ozon demo)", () => {
  const database = `${inject('databasePrefix')}demo`;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill('SIGKILL');
    const connection = await mysql.createConnection({ uri: inject('databaseServerUrl') });
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await connection.end();
  });

  it('exports the sample store to the emulator, refuses the incomplete products, and prints a working panel link', {
    timeout: 200_000,
  }, async () => {
    child = spawn(
      process.execPath,
      [BIN, 'demo', '--products', '40', '--port', '0', '--database', database],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: inject('databaseServerUrl') },
      },
    );
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + 150_000;
    while (!output.includes('Press Ctrl+C') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(output).toContain('export done');
    const states = /product states now: (.*)/.exec(output)?.[1] ?? '';
    expect(states).toMatch(/live \d+/);
    expect(states).toMatch(/invalid \d+/);

    const login = /one-time link\): (http:\/\/127\.0\.0\.1:\d+\/panel\/login\/[0-9a-f]+)/.exec(output)?.[1];
    expect(login, output).toBeDefined();
    const first = await fetch(login ?? '', { redirect: 'manual' });
    expect(first.status).toBe(302);
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    // The link works once only.
    const second = await fetch(login ?? '', { redirect: 'manual' });
    expect(second.status).not.toBe(302);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('SIGINT: stopping');
  });
});
