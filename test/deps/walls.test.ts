import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const planted: string[] = [];

/** Writes a file into the tree for one test (removed afterwards); its name is unique per run. */
function plant(relativeDir: string, stem: string, text: string): string {
  const path = join(relativeDir, `${stem}-planted-${randomBytes(3).toString('hex')}.ts`);
  writeFileSync(join(ROOT, path), text);
  planted.push(path);
  return path;
}

/** Runs `npm run deps`'s check over the given files only; answers its exit code and report. */
function cruise(...files: string[]): { status: number | null; report: string } {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      './test/deps/typescript-5-hook.mjs',
      'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
      ...files,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: result.status, report: `${result.stdout}${result.stderr}` };
}

describe('the walls between the parts (npm run deps)', () => {
  afterEach(() => {
    for (const path of planted.splice(0)) {
      rmSync(join(ROOT, path), { force: true });
    }
  });

  it('refuses a panel file that imports a route module', () => {
    const file = plant(
      'admin-ui/src',
      'route-import',
      "import type { AppEnv } from '../../bridge/src/http/env';\nexport type Env = AppEnv;\n",
    );
    const { status, report } = cruise(file);
    expect(status).not.toBe(0);
    expect(report).toContain(`panel-imports-only-the-contract: ${file} → bridge/src/http/env.ts`);
  });

  it('refuses a panel file that runs zod (the bundle ships none)', () => {
    const file = plant(
      'admin-ui/src',
      'runs-zod',
      "import { z } from 'zod';\nexport const name = z.string();\n",
    );
    const { status, report } = cruise(file);
    expect(status).not.toBe(0);
    expect(report).toContain(`panel-runs-only-import-free-values: ${file} → node_modules/zod/`);
  });

  it('refuses a cycle', () => {
    const second = `cycle-b-${randomBytes(3).toString('hex')}`;
    const first = plant(
      'bridge/src/shared',
      'cycle-a',
      `import { b } from './${second}';\nexport const a = () => b;\n`,
    );
    const stem = first.slice('bridge/src/shared/'.length, -'.ts'.length);
    const other = join('bridge/src/shared', `${second}.ts`);
    writeFileSync(join(ROOT, other), `import { a } from './${stem}';\nexport const b = () => a;\n`);
    planted.push(other);
    const { status, report } = cruise(first);
    expect(status).not.toBe(0);
    expect(report).toContain(`no-cycles: ${first}`);
  });

  it('refuses domain code that imports http/ or the scaffold, and a route that queries', () => {
    const domain = plant(
      'bridge/src/catalog',
      'reaches-out',
      "export { ApiError } from '../http/errors';\nexport { createOzonEmulator } from '../../scaffold/ozon-emulator';\n",
    );
    const route = plant('bridge/src/http/routes', 'queries', "export { eq } from 'drizzle-orm';\n");
    const { status, report } = cruise(domain, route);
    expect(status).not.toBe(0);
    expect(report).toContain(`domain-never-imports-http: ${domain} → bridge/src/http/errors.ts`);
    expect(report).toContain(
      `product-never-imports-scaffolding: ${domain} → bridge/scaffold/ozon-emulator/index.ts`,
    );
    expect(report).toContain(`routes-never-query: ${route}`);
  });

  it('passes a file that keeps to its walls', () => {
    const file = plant(
      'bridge/src/shared',
      'clean',
      "import type { Clock } from './clock';\nexport type C = Clock;\n",
    );
    expect(cruise(file)).toMatchObject({ status: 0 });
  });
});
