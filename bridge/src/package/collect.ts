import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ZipEntry } from './zip';

/** Where the panel's build lands inside the extension tree (admin-ui's Vite outDir). */
export const PANEL_DIR = 'admin/view/javascript/meschain_ozon';
/** Vite writes its manifest here; the installer would skip the dot-directory, so the package renames it. */
const VITE_MANIFEST = `${PANEL_DIR}/.vite/manifest.json`;
const SHIPPED_MANIFEST = `${PANEL_DIR}/manifest.json`;

export interface Collected {
  readonly entries: ZipEntry[];
  readonly warnings: string[];
}

async function listFiles(root: string, directory: string): Promise<string[]> {
  const found: string[] = [];
  const children = await readdir(directory, { withFileTypes: true });
  for (const child of children) {
    const full = join(directory, child.name);
    if (child.isDirectory()) {
      found.push(...(await listFiles(root, full)));
    } else if (child.isFile()) {
      found.push(relative(root, full).split(sep).join('/'));
    }
  }
  return found;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Gathers the package's files from `opencart-extension/upload/` and the top-level `install.xml`, sorted by name so
 * the archive is reproducible. Dot-files are left out with a warning (the installer would skip them anyway), except
 * Vite's manifest, which is shipped as `manifest.json` beside the panel's assets.
 */
export async function collectPackageFiles(projectRoot: string): Promise<Collected> {
  const uploadRoot = join(projectRoot, 'opencart-extension', 'upload');
  const warnings: string[] = [];
  const byName = new Map<string, Uint8Array>();
  for (const path of await listFiles(uploadRoot, uploadRoot)) {
    let target = path;
    if (path === VITE_MANIFEST) {
      target = SHIPPED_MANIFEST;
    } else if (path.split('/').some((segment) => segment.startsWith('.'))) {
      warnings.push(`skipped ${path}: the installer does not copy dot-files`);
      continue;
    }
    // Vite's own manifest is always the current build's, so it wins over a manifest.json left by another build.
    if (path === VITE_MANIFEST || !byName.has(`upload/${target}`)) {
      byName.set(`upload/${target}`, await readFile(join(uploadRoot, path)));
    }
  }
  byName.set('install.xml', await readFile(join(projectRoot, 'install.xml')));

  if (!(await exists(join(uploadRoot, PANEL_DIR)))) {
    warnings.push(`the panel is not built (${PANEL_DIR} is missing): run "npm run build:ui" first`);
  } else if (!byName.has(`upload/${SHIPPED_MANIFEST}`)) {
    warnings.push(
      `the panel build has no Vite manifest (${VITE_MANIFEST}); the module page cannot find its assets`,
    );
  }

  const names = [...byName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries = names.map((name) => ({ name, data: byName.get(name) ?? new Uint8Array() }));
  return { entries, warnings };
}
