import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The budget from the issue: Preact, uPlot and the panel's own code together, gzipped. */
export const PANEL_JS_BUDGET_BYTES = 100 * 1024;

/**
 * Prints the gzipped size of all emitted JavaScript as one line (`panel JS: N KB gzipped ...`) and fails the
 * build when it is over budget, so that a heavy dependency is noticed when it is added, not in production.
 */
export function sizeReport(budget: number = PANEL_JS_BUDGET_BYTES): Plugin {
  return {
    name: 'meschain-size-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      let raw = 0;
      let gzipped = 0;
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') {
          raw += Buffer.byteLength(item.code);
          gzipped += gzipSync(item.code, { level: 9 }).length;
        }
      }
      const kb = (n: number) => (n / 1024).toFixed(1);
      const line = `panel JS: ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw), budget ${kb(budget)} KB`;
      if (gzipped > budget) {
        this.error(`${line}: over budget`);
      }
      this.info(line);
      console.log(line);
    },
  };
}
