import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sizeReport } from '../../admin-ui/build/size-report';

/** A panel in miniature: an entry that loads one of two dictionaries, a long one and a short one. */
const FIXTURE = {
  'main.ts': `globalThis.texts = globalThis.language === 'ru' ? import('./i18n/ru') : import('./i18n/tr');`,
  'i18n/ru.ts': `export const ru = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `текст ${i * 7919}`))};`,
  'i18n/tr.ts': `export const tr = ['metin'];`,
};

describe('the size report of the build', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'meschain-size-report-'));
    await mkdir(join(root, 'i18n'));
    for (const [name, text] of Object.entries(FIXTURE)) {
      await writeFile(join(root, name), text);
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const buildWith = (budget: number) =>
    build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [sizeReport({ budget, dictionaryOf: (id) => /\/i18n\/(\w+)\.ts$/.exec(id)?.[1] })],
      build: { write: false, minify: false, rolldownOptions: { input: join(root, 'main.ts') } },
    });

  it("counts the entry and the heaviest language's dictionary, never two dictionaries, and says so", async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await buildWith(1024 * 1024);
      const line = String(printed.mock.calls.find(([text]) => String(text).startsWith('panel JS'))?.[0]);
      expect(line).toMatch(
        /that an admin in ru downloads \(assets\/main-[\w-]+\.js \+ assets\/ru-[\w-]+\.js;/,
      );
      expect(line).not.toContain('tr-');
      expect(line).toContain('budget 1024.0 KB');
    } finally {
      printed.mockRestore();
    }
  });

  it('fails the build over budget', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(buildWith(100)).rejects.toThrow(/panel JS: .* budget 0\.1 KB: over budget/);
    } finally {
      printed.mockRestore();
    }
  });
});
