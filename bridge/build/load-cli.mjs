import { BUNDLE_URL, buildCliBundle, bundledFingerprint } from './cli-bundle.mjs';
import { sourceFingerprint } from './source-fingerprint.mjs';

/**
 * The CLI's `main` and command list: from the bundle, built again first when a source changed since it was made.
 * Only when it cannot be built (a read-only install, no esbuild for this platform) does tsx compile the TypeScript
 * at start, as every start did before the bundle.
 */
export async function loadCli() {
  const fingerprint = sourceFingerprint();
  if (bundledFingerprint() !== fingerprint) {
    try {
      await buildCliBundle(fingerprint);
    } catch (error) {
      // esbuild's message is a count line, then the first error with its place.
      const reason = error instanceof Error ? error.message.split('\n').slice(0, 2).join(' ') : String(error);
      console.error(`meschain-ozon: could not bundle the CLI (${reason}); compiling it at start instead`);
      const { register } = await import('tsx/esm/api');
      register();
      const { main } = await import('../src/cli/main.ts');
      const { allCommands } = await import('../scaffold/cli-commands.ts');
      return { main, allCommands };
    }
  }
  return import(BUNDLE_URL);
}
