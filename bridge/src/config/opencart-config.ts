import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** What the bridge takes from an OpenCart install's own `config.php`, so the merchant types nothing twice. */
export interface OpencartConfigValues {
  readonly databaseUrl: string;
  readonly tablePrefix: string;
  readonly storeUrl?: string;
  readonly imageDir?: string;
}

/** Reads every `define('NAME', value)` in a PHP config file; values may be quoted strings or numbers. */
export function parsePhpDefines(source: string): Map<string, string> {
  const defines = new Map<string, string>();
  const pattern =
    /define\(\s*(['"])([A-Z0-9_]+)\1\s*,\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([0-9]+))\s*\)/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[2];
    const value = match[3] ?? match[4] ?? match[5] ?? '';
    if (name !== undefined) {
      defines.set(name, value.replace(/\\(['"\\])/g, '$1'));
    }
  }
  return defines;
}

/** Builds the values from OpenCart's defines; throws naming the define that is missing. */
export function opencartConfigFromDefines(defines: Map<string, string>, file: string): OpencartConfigValues {
  const required = (name: string): string => {
    const value = defines.get(name);
    if (value === undefined) {
      throw new Error(`${file} does not define ${name}; is this an installed OpenCart 3?`);
    }
    return value;
  };
  const driver = defines.get('DB_DRIVER') ?? 'mysqli';
  if (!['mysqli', 'mpdo', 'pdo'].includes(driver)) {
    throw new Error(
      `${file}: DB_DRIVER '${driver}' is not a MySQL driver; the bridge needs MySQL or MariaDB`,
    );
  }
  const url = new URL('mysql://localhost');
  url.hostname = required('DB_HOSTNAME');
  url.port = defines.get('DB_PORT') ?? '3306';
  url.username = encodeURIComponent(required('DB_USERNAME'));
  url.password = encodeURIComponent(required('DB_PASSWORD'));
  url.pathname = `/${encodeURIComponent(required('DB_DATABASE'))}`;
  const storeUrl = defines.get('HTTPS_SERVER') || defines.get('HTTP_SERVER');
  const imageDir = defines.get('DIR_IMAGE');
  return {
    databaseUrl: url.toString(),
    tablePrefix: defines.get('DB_PREFIX') ?? 'oc_',
    ...(storeUrl ? { storeUrl } : {}),
    ...(imageDir ? { imageDir } : {}),
  };
}

/** Reads `<root>/config.php` (the storefront's: it names the public URL images are served from). */
export async function readOpencartConfig(root: string): Promise<OpencartConfigValues> {
  const file = path.join(root, 'config.php');
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new Error(`cannot read ${file}: --opencart-root must be the folder holding OpenCart's config.php`);
  }
  return opencartConfigFromDefines(parsePhpDefines(source), file);
}
