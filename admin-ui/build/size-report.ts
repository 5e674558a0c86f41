import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;

/**
 * The budget for what one admin downloads: Preact, uPlot and the panel's own code, gzipped. The issue set 60 KB;
 * the Stock & prices page took it to 64 KB (the panel was at 57.9 KB, the page's code is some 3.7 KB gzipped and
 * its Russian texts 1.6 KB, and no page could give up as much without losing what it shows).
 */
export const PANEL_JS_BUDGET_BYTES = 64 * 1024;

/** The panel's dictionaries are chunks of their own, named after their language. */
const panelDictionary = (moduleId: string): string | undefined =>
  /\/admin-ui\/src\/i18n\/([a-z]{2})\.ts$/.exec(moduleId)?.[1];

export interface SizeReportOptions {
  readonly budget?: number;
  /** The language whose dictionary a chunk is (from the chunk's module id), or undefined for any other chunk. */
  readonly dictionaryOf?: (moduleId: string) => string | undefined;
}

/** The JavaScript files one admin downloads, and their size. */
export interface Download {
  /** The admin's language; undefined when no chunk is a dictionary. */
  readonly language: string | undefined;
  readonly files: readonly string[];
  readonly raw: number;
  readonly gzipped: number;
}

/**
 * What one admin downloads at most: every entry chunk and every chunk it imports or may import later (a page
 * opened, a chart drawn), but of the dictionaries only their own language's. Worked out for each language with a
 * dictionary chunk; the heaviest is returned. Files are gzipped one by one, as a server sends them.
 */
export function heaviestDownload(
  bundle: OutputBundle,
  dictionaryOf: (moduleId: string) => string | undefined,
): Download {
  const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const languageOf = (file: string): string | undefined => {
    const facade = byFile.get(file)?.facadeModuleId;
    return facade ? dictionaryOf(facade) : undefined;
  };
  const languages = [...new Set(chunks.map((chunk) => languageOf(chunk.fileName)))];
  const downloads = languages.map((language): Download => {
    const files: string[] = [];
    const queue = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const chunk = byFile.get(file);
      const other = languageOf(file);
      if (!chunk || files.includes(file) || (other !== undefined && other !== language)) {
        continue;
      }
      files.push(file);
      queue.push(...chunk.imports, ...chunk.dynamicImports);
    }
    const code = files.map((file) => byFile.get(file)?.code ?? '');
    return {
      language,
      files,
      raw: code.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      gzipped: code.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0),
    };
  });
  return downloads.reduce((worst, next) => (next.gzipped > worst.gzipped ? next : worst));
}

/**
 * Prints, as one line, the gzipped size of the JavaScript an admin downloads (`panel JS: N KB gzipped ...`: the
 * entry and all it may load, with the heaviest language's dictionary) and fails the build when it is over
 * budget, so that a heavy dependency is noticed when it is added, not in production.
 */
export function sizeReport(options: SizeReportOptions = {}): Plugin {
  const { budget = PANEL_JS_BUDGET_BYTES, dictionaryOf = panelDictionary } = options;
  return {
    name: 'meschain-size-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const download = heaviestDownload(bundle, dictionaryOf);
      const kb = (n: number) => (n / 1024).toFixed(1);
      const who = download.language === undefined ? 'an admin' : `an admin in ${download.language}`;
      const line =
        `panel JS: ${kb(download.gzipped)} KB gzipped (${kb(download.raw)} KB raw) that ${who} downloads ` +
        `(${download.files.join(' + ')}; the heaviest language), budget ${kb(budget)} KB`;
      if (download.gzipped > budget) {
        this.error(`${line}: over budget`);
      }
      this.info(line);
      console.log(line);
    },
  };
}
