import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.otf': 'font/otf',
  '.png': 'image/png',
};

export interface StaticFile {
  readonly body: Uint8Array;
  readonly contentType: string;
}

/**
 * A file below `base`, or undefined. Only plain relative names are accepted (no dot segments, no dot files,
 * nothing outside `base` after symlink-free resolution), and only the types a stylesheet or the panel needs.
 */
export async function readStaticFile(base: string, relative: string): Promise<StaticFile | undefined> {
  if (
    !/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(relative) ||
    relative.split('/').some((part) => part.startsWith('.'))
  ) {
    return undefined;
  }
  const root = resolve(base);
  const path = resolve(root, relative);
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  if (!contentType || !path.startsWith(root + sep)) {
    return undefined;
  }
  try {
    if (!(await stat(path)).isFile()) {
      return undefined;
    }
    return { body: new Uint8Array(await readFile(path)), contentType };
  } catch {
    return undefined;
  }
}
