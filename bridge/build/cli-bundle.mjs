import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepSourceUrls } from './source-urls.mjs';

const BRIDGE_DIR = fileURLToPath(new URL('../', import.meta.url));
const OUT_DIR = path.join(BRIDGE_DIR, 'dist');
const BUNDLE_FILE = path.join(OUT_DIR, 'meschain-ozon.mjs');

/** Where the bundled CLI is, for `import()`. */
export const BUNDLE_URL = pathToFileURL(BUNDLE_FILE).href;

/** The bundle's first line names the sources it was built from; reading it costs one small read. */
const FINGERPRINT_LINE = '// meschain-ozon bundle of sources ';

/** The fingerprint the bundle was built from, or undefined when there is no bundle. */
export function bundledFingerprint() {
  let fd;
  try {
    fd = openSync(BUNDLE_FILE, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(FINGERPRINT_LINE.length + 40);
    const length = readSync(fd, head, 0, head.length, 0);
    const line = head.subarray(0, length).toString('utf8');
    return line.startsWith(FINGERPRINT_LINE) ? line.slice(FINGERPRINT_LINE.length) : undefined;
  } finally {
    closeSync(fd);
  }
}

/** The entry: the dispatcher and the command list, as the tsx path imports them. */
const ENTRY = `export { main } from './src/cli/main.ts';
export { allCommands } from './scaffold/cli-commands.ts';`;

/**
 * Bundles the CLI with its dependencies into bridge/dist/meschain-ozon.mjs. Each output is written to a file of
 * this process's own and renamed into place, so processes starting at once never import a half-written bundle.
 */
export async function buildCliBundle(fingerprint) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: BRIDGE_DIR, sourcefile: 'meschain-ozon-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: BUNDLE_FILE,
    write: false,
    logLevel: 'silent',
    banner: {
      // mysql2 and its helpers are CommonJS and call require() for Node's own modules.
      js: `${FINGERPRINT_LINE}${fingerprint}
import { createRequire as meschainCreateRequire } from 'node:module';
const require = meschainCreateRequire(import.meta.url);`,
    },
    plugins: [keepSourceUrls(OUT_DIR)],
  });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, file.contents);
      renameSync(temporary, file.path);
    } finally {
      rmSync(temporary, { force: true });
    }
  }
}
