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
  // Vitest sets NODE_ENV=test, and Vite builds for whatever NODE_ENV says: development JSX (a source location
  // on every element, a third more code) that no merchant gets and that the size budget would refuse. The
  // browser tests drive the bundle `npm run build:ui` ships, so the build alone runs as production.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(projectRoot, 'admin-ui/vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (testEnv === undefined) {
      delete process.env.NODE_ENV;
    } else {
      process.env.NODE_ENV = testEnv;
    }
  }
  return outDir;
}
