import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Folders whose .ts files make the bundle, and the build's own code. */
const SOURCE_DIRS = ['bridge/src', 'bridge/scaffold', 'bridge/build'];

/**
 * Single files that change what is bundled: npm rewrites node_modules/.package-lock.json on every install, so a
 * changed dependency is seen too.
 */
const SOURCE_FILES = ['node_modules/.package-lock.json', 'tsconfig.json', 'tsconfig.base.json'];

function sourceFiles() {
  const files = SOURCE_FILES.map((file) => path.join(PROJECT_ROOT, file));
  for (const dir of SOURCE_DIRS) {
    for (const entry of readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(ts|mjs)$/.test(entry.name)) {
        files.push(path.join(entry.parentPath ?? entry.path, entry.name));
      }
    }
  }
  return files.sort();
}

/**
 * A hash of the path, size and modification time of every file the bundle is made from. Any edit, added or
 * deleted file, checkout or install changes it, even one that sets a time back (which a newest-time check misses),
 * without reading a file's contents.
 */
export function sourceFingerprint() {
  const hash = createHash('sha1');
  for (const file of sourceFiles()) {
    let stamp = 'absent';
    try {
      const stat = statSync(file);
      stamp = `${stat.size} ${stat.mtimeMs}`;
    } catch {
      // An absent file is part of the state too (no node_modules lock before the first install).
    }
    hash.update(`${path.relative(PROJECT_ROOT, file)} ${stamp}\n`);
  }
  return hash.digest('hex');
}
