import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:ui` writes the panel (the OpenCart extension ships the same files). */
export const DEFAULT_PANEL_DIST = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../opencart-extension/upload/admin/view/javascript/meschain_ozon',
);

/** The manifest key of the panel's entry; the extension's PanelAssets looks up the same one. */
export const PANEL_ENTRY = 'admin-ui/src/main.tsx';

export interface BuiltPanel {
  /** Paths relative to the dist folder. */
  readonly script: string;
  readonly styles: readonly string[];
}

interface ManifestChunk {
  file?: unknown;
  css?: unknown;
  imports?: unknown;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Reads Vite's manifest: the entry script and the CSS of the entry and its static imports. */
export async function readBuiltPanel(dist: string): Promise<BuiltPanel | undefined> {
  for (const name of ['.vite/manifest.json', 'manifest.json']) {
    let manifest: Record<string, ManifestChunk>;
    try {
      manifest = JSON.parse(await readFile(join(dist, name), 'utf8')) as Record<string, ManifestChunk>;
    } catch {
      continue;
    }
    const entry = manifest[PANEL_ENTRY];
    if (!entry || typeof entry.file !== 'string') {
      return undefined;
    }
    const styles: string[] = [];
    const seen = new Set<string>();
    const queue = [PANEL_ENTRY];
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      const chunk = manifest[key];
      if (seen.has(key) || !chunk) {
        continue;
      }
      seen.add(key);
      styles.push(...strings(chunk.css).filter((css) => !styles.includes(css)));
      queue.push(...strings(chunk.imports));
    }
    return { script: entry.file, styles };
  }
  return undefined;
}
