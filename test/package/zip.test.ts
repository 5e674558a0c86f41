import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkPaths,
  INSTALLER_ALLOWED_PREFIXES,
  installerAccepts,
} from '../../bridge/src/package/allow-list';
import { buildPackage, contentTime, type PackageResult } from '../../bridge/src/package/build';
import { writeZip } from '../../bridge/src/package/zip';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'meschain-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface InstallerView {
  destinations: { path: string; dir: boolean }[];
  installXml: null | {
    parsed: boolean;
    name: string | null;
    code: string | null;
    version: string | null;
    author: string | null;
    link: string | null;
    fileOperations: number;
  };
}

function installerView(zipPath: string): InstallerView {
  const out = mkdtempSync(join(work, 'extract-'));
  const result = spawnSync(
    'php',
    [fileURLToPath(new URL('installer_walk.php', import.meta.url)), zipPath, out],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0 || result.stderr !== '') {
    throw new Error(`installer_walk.php failed: ${result.stderr}${result.stdout}`);
  }
  return JSON.parse(result.stdout) as InstallerView;
}

/**
 * Each entry's zip time as PHP's ZipArchive reads it (what the installer sees), in ms. TZ=UTC makes libzip read
 * the clock reading as UTC, the way the builder writes it.
 */
function zipTimes(zipPath: string): Map<string, number> {
  const php = spawnSync(
    'php',
    [
      '-r',
      '$z = new ZipArchive(); $z->open($argv[1]); $t = array(); for ($i = 0; $i < $z->numFiles; $i++) { $s = $z->statIndex($i); $t[$s["name"]] = $s["mtime"]; } echo json_encode($t);',
      zipPath,
    ],
    { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
  );
  expect(php.stderr).toBe('');
  const seconds = JSON.parse(php.stdout) as Record<string, number>;
  return new Map(Object.entries(seconds).map(([name, time]) => [name, time * 1000]));
}

/** A copy of the extension tree with a fake panel build in it, so the real tree is never touched. */
function projectWithPanelBuild(): string {
  const root = join(work, 'project');
  cpSync(join(projectRoot, 'opencart-extension'), join(root, 'opencart-extension'), { recursive: true });
  cpSync(join(projectRoot, 'install.xml'), join(root, 'install.xml'));
  const panel = join(root, 'opencart-extension/upload/admin/view/javascript/meschain_ozon');
  rmSync(panel, { recursive: true, force: true });
  mkdirSync(join(panel, '.vite'), { recursive: true });
  mkdirSync(join(panel, 'assets'), { recursive: true });
  writeFileSync(join(panel, 'assets/main-abc123.js'), 'console.log("panel");\n');
  writeFileSync(join(panel, 'assets/main-abc123.css'), '.x{color:red}\n');
  writeFileSync(
    join(panel, '.vite/manifest.json'),
    JSON.stringify({
      'admin-ui/src/main.tsx': {
        file: 'assets/main-abc123.js',
        css: ['assets/main-abc123.css'],
        isEntry: true,
      },
    }),
  );
  writeFileSync(join(panel, '.DS_Store'), 'junk');
  return root;
}

describe('the built package', () => {
  let result: PackageResult;
  let view: InstallerView;

  it('builds from the repository as it is (with or without a built panel)', async () => {
    result = await buildPackage({ projectRoot, outFile: join(work, 'repo.ocmod.zip') });
    expect(result.entries.length).toBeGreaterThan(20);
    view = installerView(result.zipPath);
  });

  it('has upload/ and install.xml at its root and nothing else', () => {
    const roots = new Set(result.entries.map((name) => name.split('/')[0]));
    expect([...roots].sort()).toEqual(['install.xml', 'upload']);
  });

  it('every path, as the installer walks it, is inside the allow-list', () => {
    expect(view.destinations.length).toBeGreaterThan(result.entries.length);
    const refused = view.destinations.filter((d) => !installerAccepts(d.path));
    expect(refused).toEqual([]);
    expect(checkPaths(result.entries)).toEqual([]);
  });

  it('the installer sees exactly the files the builder packed', () => {
    const files = view.destinations.filter((d) => !d.dir).map((d) => `upload/${d.path}`);
    expect(files.sort()).toEqual(result.entries.filter((name) => name !== 'install.xml').sort());
  });

  it('install.xml parses and names the module, patching no file', () => {
    expect(view.installXml).not.toBeNull();
    expect(view.installXml?.parsed).toBe(true);
    expect(view.installXml?.code).toBe('meschain_ozon');
    expect(view.installXml?.name).toBeTruthy();
    expect(view.installXml?.version).toBe(result.version);
    expect(view.installXml?.fileOperations).toBe(0);
  });

  it('holds the controller, model, template, three languages, catalog handler and library', () => {
    for (const name of [
      'upload/admin/controller/extension/module/meschain_ozon.php',
      'upload/admin/model/extension/module/meschain_ozon.php',
      'upload/admin/view/template/extension/module/meschain_ozon.twig',
      'upload/admin/language/en-gb/extension/module/meschain_ozon.php',
      'upload/admin/language/ru-ru/extension/module/meschain_ozon.php',
      'upload/admin/language/tr-tr/extension/module/meschain_ozon.php',
      'upload/catalog/controller/extension/module/meschain_ozon.php',
      'upload/system/library/meschain_ozon/bootstrap.php',
    ]) {
      expect(result.entries).toContain(name);
    }
  });

  it('is byte-for-byte reproducible', async () => {
    const again = await buildPackage({ projectRoot, outFile: join(work, 'repo-again.ocmod.zip') });
    expect(again.sha256).toBe(result.sha256);
  });

  it('gives each file a time derived from its content, so an upgraded file never keeps the old time', () => {
    const files = Object.entries(unzipSync(readFileSync(result.zipPath)));
    const times = zipTimes(result.zipPath);
    const byContent = new Map<string, number>();
    for (const [name, data] of files) {
      const key = Buffer.from(data).toString('base64');
      const time = times.get(name) ?? Number.NaN;
      expect(byContent.get(key) ?? time).toBe(time);
      byContent.set(key, time);
    }
    expect(new Set(times.values()).size).toBeGreaterThan(files.length / 2);
    const base = new Date(Date.UTC(2020, 0, 1));
    expect(contentTime(Buffer.from("const VERSION = '0.1.0';"), base)).not.toEqual(
      contentTime(Buffer.from("const VERSION = '0.1.1';"), base),
    );
  });

  it('is a valid zip for the system unzip too', () => {
    const unzip = spawnSync('unzip', ['-tq', result.zipPath], { encoding: 'utf8' });
    if (unzip.error) {
      // No unzip binary: PHP's ZipArchive above already opened it.
      expect(view.destinations.length).toBeGreaterThan(0);
      return;
    }
    expect(unzip.status).toBe(0);
  });
});

describe('with a built panel', () => {
  it("ships Vite's manifest as manifest.json, drops other dot-files, and the PHP finds the assets", async () => {
    const root = projectWithPanelBuild();
    const result = await buildPackage({ projectRoot: root, outFile: join(work, 'panel.ocmod.zip') });
    const panel = 'upload/admin/view/javascript/meschain_ozon/';
    expect(result.entries).toContain(`${panel}manifest.json`);
    expect(result.entries).toContain(`${panel}assets/main-abc123.js`);
    expect(result.entries.some((name) => name.includes('/.'))).toBe(false);
    expect(result.warnings.some((w) => w.includes('.DS_Store'))).toBe(true);
    expect(result.warnings.some((w) => w.includes('not built'))).toBe(false);

    const out = mkdtempSync(join(work, 'panel-'));
    for (const [name, data] of Object.entries(unzipSync(readFileSync(result.zipPath)))) {
      mkdirSync(join(out, name, '..'), { recursive: true });
      writeFileSync(join(out, name), data);
    }
    const php = spawnSync(
      'php',
      [
        '-r',
        `require '${out}/upload/system/library/meschain_ozon/bootstrap.php'; echo json_encode(\\MeschainOzon\\PanelAssets::load('${out}/${panel}', 'view/javascript/meschain_ozon/'));`,
      ],
      { encoding: 'utf8' },
    );
    expect(php.stderr).toBe('');
    expect(JSON.parse(php.stdout)).toEqual({
      scripts: ['view/javascript/meschain_ozon/assets/main-abc123.js'],
      styles: ['view/javascript/meschain_ozon/assets/main-abc123.css'],
      error: '',
    });
  });

  it('warns when the panel is not built', async () => {
    const root = projectWithPanelBuild();
    rmSync(join(root, 'opencart-extension/upload/admin/view/javascript/meschain_ozon'), { recursive: true });
    const result = await buildPackage({ projectRoot: root, outFile: join(work, 'nopanel.ocmod.zip') });
    expect(result.warnings.some((w) => w.includes('not built'))).toBe(true);
  });
});

describe('the allow-list check', () => {
  it("accepts the installer's own directories and everything below them", () => {
    expect(INSTALLER_ALLOWED_PREFIXES).toHaveLength(15);
    expect(
      checkPaths([
        'install.xml',
        'upload/admin/view/javascript/meschain_ozon/assets/a.js',
        'upload/system/library/meschain_ozon/x.php',
        'upload/catalog/view/theme/default/template/x.twig',
        'upload/image/catalog/meschain/logo.png',
      ]),
    ).toEqual([]);
  });

  it('refuses what the installer refuses or silently skips', () => {
    const bad = [
      'upload/system/storage/vendor/evil.php',
      'upload/admin/controller/common/column_left.php',
      'upload/index.php',
      'upload/admin/view/javascript/meschain_ozon/.vite/manifest.json',
      'upload/.htaccess',
      'README.md',
      'upload/admin/../config.php',
      '/upload/admin/language/x.php',
      'upload\\admin\\language\\x.php',
      'upload/admin/lang/x.php',
    ];
    const problems = checkPaths(bad);
    for (const path of bad) {
      expect(
        problems.some((p) => p.path === path || path.startsWith(p.path.replace(/\/$/, ''))),
        path,
      ).toBe(true);
    }
  });

  it('matches the installer rule on the edges: a parent of an allowed directory yes, a sibling no', () => {
    expect(installerAccepts('admin')).toBe(true);
    expect(installerAccepts('admin/view')).toBe(true);
    expect(installerAccepts('admin/view/javascript')).toBe(true);
    expect(installerAccepts('admin/view/javascript/x.js')).toBe(true);
    expect(installerAccepts('admin/view/javascriptx/x.js')).toBe(false);
    expect(installerAccepts('system/storage')).toBe(false);
    expect(installerAccepts('system/library/')).toBe(false);
  });
});

describe('the zip writer', () => {
  it('round-trips names, bytes, empty files and times', () => {
    const entries = [
      { name: 'a/б.txt', data: Buffer.from('привет'.repeat(100)) },
      { name: 'empty', data: Buffer.alloc(0) },
      { name: 'random.bin', data: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)) },
    ];
    const written = new Date(Date.UTC(2030, 5, 15, 12, 30, 10));
    const zipPath = join(work, 'round-trip.zip');
    writeFileSync(
      zipPath,
      writeZip(entries, () => written),
    );
    const back = Object.entries(unzipSync(readFileSync(zipPath)));
    expect(back.map(([name]) => name)).toEqual(entries.map((e) => e.name));
    back.forEach(([, data], index) => {
      expect(Buffer.from(data).equals(Buffer.from(entries[index]?.data ?? []))).toBe(true);
    });
    expect([...zipTimes(zipPath).values()]).toEqual(entries.map(() => written.getTime()));
  });

  it('writes the same bytes in every time zone, with daytime content times that exist in all of them', () => {
    const base = new Date(Date.UTC(2020, 0, 1));
    const entries = Array.from({ length: 300 }, (_, i) => ({
      name: `f/${i}.txt`,
      data: Buffer.from(`file ${i}`),
    }));
    const zipIn = (zone: string): string => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        return Buffer.from(writeZip(entries, (entry) => contentTime(entry.data, base))).toString('base64');
      } finally {
        if (before === undefined) {
          delete process.env.TZ;
        } else {
          process.env.TZ = before;
        }
      }
    };
    const utc = zipIn('UTC');
    for (const zone of ['America/Nuuk', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/Berlin']) {
      expect(zipIn(zone), zone).toBe(utc);
    }
    for (const entry of entries) {
      const hour = contentTime(entry.data, base).getUTCHours();
      expect(hour >= 8 && hour < 20, String(hour)).toBe(true);
    }
  });
});
