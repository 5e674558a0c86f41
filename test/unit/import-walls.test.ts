import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every import of a file: whether it is type-only, and what it names. */
function imports(file: string): Array<{ typeOnly: boolean; from: string }> {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)].map((m) => ({
    typeOnly: m[1] !== undefined,
    from: m[2] ?? '',
  }));
}

/** Runs until the settings form validates without zod (it still imports the contract's settings schemas). */
const SETTINGS_FORM_SCHEMAS = 'admin-ui/src/pages/settings/settings-form.ts';

describe('the contract between panel and bridge', () => {
  it('imports nothing but zod and its own files', () => {
    const outside = sources('bridge/src/contract').flatMap((file) =>
      imports(file)
        .filter(({ from }) => from !== 'zod' && !join(dirname(file), from).startsWith('bridge/src/contract/'))
        .map(({ from }) => `${file}: ${from}`),
    );
    expect(outside).toEqual([]);
    expect(imports('bridge/src/contract/values.ts')).toEqual([]);
  });

  it('is all the panel takes from the bridge: values from values.ts, the rest as types', () => {
    const crossings = sources('admin-ui/src').flatMap((file) =>
      imports(file)
        .filter(({ from }) => from.includes('bridge/'))
        .filter(({ typeOnly, from }) => {
          if (from.endsWith('bridge/src/contract/values')) {
            return false;
          }
          if (
            typeOnly &&
            (from.includes('bridge/src/contract/') || from.endsWith('bridge/src/http/api-type'))
          ) {
            return false;
          }
          return !(file === SETTINGS_FORM_SCHEMAS && from.endsWith('bridge/src/contract/ozon-settings'));
        })
        .map(({ from }) => `${file}: ${from}`),
    );
    expect(crossings).toEqual([]);
  });
});

describe('the HTTP layer', () => {
  it('has routes that leave queries to the modules they call', () => {
    const queries = sources('bridge/src/http/routes').flatMap((file) =>
      imports(file)
        .filter(({ from }) => /^(drizzle-orm|mysql2)(\/|$)/.test(from))
        .map(({ from }) => `${file}: ${from}`),
    );
    expect(queries).toEqual([]);
  });

  it('is not imported by domain code, which reads settings through the settings service only', () => {
    const crossings = sources('bridge/src')
      .filter((file) => !file.startsWith('bridge/src/http/') && !file.startsWith('bridge/src/server/'))
      .flatMap((file) =>
        imports(file)
          .map(({ from }) => ({ from, target: join(dirname(file), from) }))
          .filter(
            ({ target }) =>
              target.startsWith('bridge/src/http/') ||
              (target === 'bridge/src/settings/store' && !file.startsWith('bridge/src/settings/')),
          )
          .map(({ from }) => `${file}: ${from}`),
      );
    expect(crossings).toEqual([]);
  });
});
