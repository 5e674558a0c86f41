import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PANEL_SOURCE, sourceFiles } from './panel-source';

/** The one bridge module the panel may bundle: import-free values (the rest of the contract builds zod schemas). */
const CONTRACT_VALUES = resolve(PANEL_SOURCE, '../../bridge/src/contract/values.ts');
/** Packages the panel ships; any other (zod, hono) may lend it types only. */
const SHIPPED_PACKAGES = /^(preact|preact\/hooks|@preact\/signals|uplot)(\/dist\/[\w.]+\.css)?$/;

/** `import …` and `export … from` statements, with their specifiers and whether they are type-only. */
const STATEMENT = /^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The value imports a panel file makes that would pull something it must not ship into the bundle. */
function forbiddenImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(STATEMENT)].flatMap(([statement, typeOnly, source = '']) => {
    if (typeOnly) {
      return [];
    }
    if (source.startsWith('.')) {
      const target = resolve(dirname(file), source);
      const inPanel = !relative(PANEL_SOURCE, target).startsWith('..');
      return inPanel || `${target}.ts` === CONTRACT_VALUES ? [] : [statement];
    }
    return SHIPPED_PACKAGES.test(source) ? [] : [statement];
  });
}

describe('the wall between the panel and the bridge', () => {
  it('lets the panel take values only from the contract values; the rest of the bridge, zod and hono as types', () => {
    const offenders = sourceFiles().flatMap((file) =>
      forbiddenImports(file).map((statement) => `${relative(PANEL_SOURCE, file)}: ${statement}`),
    );
    expect(offenders).toEqual([]);
  });

  it('tells a type-only import from a value import, over several lines too', () => {
    const read = (text: string) => [...text.matchAll(STATEMENT)].map((m) => [Boolean(m[1]), m[2]]);
    expect(read("import type { z } from 'zod';\nimport { z } from 'zod';")).toEqual([
      [true, 'zod'],
      [false, 'zod'],
    ]);
    expect(read("import {\n  ozonApiUrlSchema,\n} from '../../bridge/src/settings/schema';")).toEqual([
      [false, '../../bridge/src/settings/schema'],
    ]);
  });
});
