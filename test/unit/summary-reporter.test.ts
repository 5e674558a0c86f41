import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/failing-set-up/', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));

it('counts a suite whose set-up failed as a failure in the line CI reads, not as skipped tests', () => {
  // The real-store suites fail in beforeAll when the store cannot be installed: that run must not read "0 failed".
  const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.fixture.config.ts'], {
    cwd: fixture,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  expect(run.status).toBe(1);
  const lines = run.stdout.trim().split('\n');
  expect(lines.at(-1)).toBe('1 passed, 2 failed, 1 skipped');
}, 60_000);
