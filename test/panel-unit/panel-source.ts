import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The panel's source folder. */
export const PANEL_SOURCE = resolve(import.meta.dirname, '../../admin-ui/src');

/** Every .ts/.tsx file under `dir`, for tests that read the panel's source as text. */
export function sourceFiles(dir: string = PANEL_SOURCE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}
