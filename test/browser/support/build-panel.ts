import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const projectRoot = resolve(import.meta.dirname, '../../..');

/**
 * Builds the panel with the project's own Vite config into a fresh folder, so a test never serves stale
 * files and never races another build writing the extension's folder.
 */
export async function buildPanel(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'meschain-panel-'));
  await build({
    configFile: join(projectRoot, 'admin-ui/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
