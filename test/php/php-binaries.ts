import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

export interface PhpBinary {
  readonly path: string;
  readonly version: string;
}

/** Every distinct PHP CLI on PATH (php, php7.x, php8.x...), with its version. */
export function findPhpBinaries(): PhpBinary[] {
  const byRealPath = new Map<string, string>();
  for (const directory of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    let names: string[];
    try {
      names = readdirSync(directory);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => /^php(\d+(\.\d+)?)?$/.test(n))) {
      const path = join(directory, name);
      try {
        accessSync(path, constants.X_OK);
        const real = realpathSync(path);
        if (!byRealPath.has(real)) {
          byRealPath.set(real, path);
        }
      } catch {
        // A dangling alternative link: not a usable PHP.
      }
    }
  }
  const binaries: PhpBinary[] = [];
  for (const path of byRealPath.values()) {
    const probe = spawnSync(path, ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
    if (probe.status === 0 && /^\d+\.\d+\.\d+/.test(probe.stdout)) {
      binaries.push({ path, version: probe.stdout.trim() });
    }
  }
  return binaries.sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }));
}

/** All PHP files under the given folders, recursively, sorted. */
export function listPhpFiles(roots: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name.endsWith('.php')) {
        files.push(path);
      }
    }
  };
  for (const root of roots) {
    walk(root);
  }
  return files.sort();
}
