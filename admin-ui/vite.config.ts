import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { sizeReport } from './build/size-report';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where OpenCart serves the panel from; the extension finds the entry through the manifest. */
export const PANEL_OUT_DIR = resolve(
  projectRoot,
  'opencart-extension/upload/admin/view/javascript/meschain_ozon',
);

// The project root is Vite's root so that the manifest's entry key is `admin-ui/src/main.tsx`, the key the
// extension's PanelAssets looks up.
export default defineConfig({
  root: projectRoot,
  base: './',
  publicDir: false,
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), sizeReport()],
  build: {
    outDir: PANEL_OUT_DIR,
    emptyOutDir: true,
    manifest: true,
    // ES2022 keeps class fields as they are (Hono's client has some): lowered for ES2020 they pulled in Babel-style
    // defineProperty helpers, 0.3 KB gzipped. Every browser an OpenCart 3 admin runs today has them (2021 on).
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: resolve(projectRoot, 'admin-ui/src/main.tsx'),
    },
  },
});
