import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * An esbuild plugin that keeps `import.meta.url` meaning the source file's own address inside the bundle. The
 * bridge finds its migrations, package.json, the panel's files and the emulator's documents relative to the file
 * that asks, at several depths; bundled as is, every one of them would resolve from bridge/dist/ instead.
 */
export function keepSourceUrls(outDir) {
  return {
    name: 'keep-source-urls',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) {
          return { contents: source, loader: 'ts' };
        }
        // Relative to the bundle, so the project folder can still be moved after building.
        const fromBundle = path.relative(outDir, args.path).split(path.sep).join('/');
        const ownUrl = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', ownUrl), loader: 'ts' };
      });
    },
  };
}
