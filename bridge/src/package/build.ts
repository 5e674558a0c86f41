import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkPaths } from './allow-list';
import { collectPackageFiles } from './collect';
import { writeZip } from './zip';

export const PACKAGE_FILE = 'meschain_ozon.ocmod.zip';
/** Used when SOURCE_DATE_EPOCH is not set. */
const DEFAULT_BASE = new Date(Date.UTC(2020, 0, 1));
const DAY_MS = 86_400_000;
/** File times spread over five years of days after the base... */
const SPREAD_DAYS = 5 * 365;
/** ...each at a daytime reading, 08:00 to 20:00, in the two-second steps zip times have. */
const DAYTIME_START_MS = 8 * 3_600_000;
const DAYTIME_STEPS = (12 * 3_600) / 2;

export interface PackageOptions {
  readonly projectRoot: string;
  /** Defaults to dist/meschain_ozon.ocmod.zip under the project root. */
  readonly outFile?: string;
  /** Base of the entries' times; defaults to SOURCE_DATE_EPOCH or 2020-01-01. */
  readonly modified?: Date;
}

export interface PackageResult {
  readonly zipPath: string;
  readonly entries: readonly string[];
  readonly warnings: readonly string[];
  readonly bytes: number;
  readonly sha256: string;
  readonly version: string;
}

function baseTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : DEFAULT_BASE;
}

/**
 * A file's time in the package, derived from its content: the same bytes always get the same time (reproducible
 * builds), changed bytes almost surely another one. One fixed time for every file would be reproducible too, but
 * PHP's opcache and the installer keep zip times, so an upgraded file with the old time and a similar size would
 * keep running the old code until the cache is reset. Daytime only: `writeZip` says why.
 */
export function contentTime(data: Uint8Array, base: Date): Date {
  const digest = createHash('sha256').update(data).digest();
  const day = digest.readUInt32BE(0) % SPREAD_DAYS;
  const step = digest.readUInt32BE(4) % DAYTIME_STEPS;
  const midnight = Math.floor(base.getTime() / DAY_MS) * DAY_MS;
  return new Date(midnight + day * DAY_MS + DAYTIME_START_MS + step * 2000);
}

/**
 * The version both in install.xml and in the PHP ModuleInfo; they must agree, or an upload would never run
 * the upgrade step (which compares the installed version with the PHP one).
 */
async function readVersions(projectRoot: string): Promise<string> {
  const xml = await readFile(join(projectRoot, 'install.xml'), 'utf8');
  const php = await readFile(
    join(projectRoot, 'opencart-extension/upload/system/library/meschain_ozon/module_info.php'),
    'utf8',
  );
  const code = /<code>\s*([^<\s]+)\s*<\/code>/.exec(xml)?.[1];
  const xmlVersion = /<version>\s*([^<\s]+)\s*<\/version>/.exec(xml)?.[1];
  const phpVersion = /const VERSION = '([^']+)';/.exec(php)?.[1];
  if (code !== 'meschain_ozon') {
    throw new Error(`install.xml must carry <code>meschain_ozon</code>, found ${code ?? 'none'}`);
  }
  if (xmlVersion === undefined || xmlVersion !== phpVersion) {
    throw new Error(
      `install.xml version ${xmlVersion ?? '?'} differs from ModuleInfo::VERSION ${phpVersion ?? '?'}`,
    );
  }
  return xmlVersion;
}

/**
 * Builds the .ocmod.zip for OpenCart's Extension Installer: `upload/...` and `install.xml` at the root, every path
 * checked against the installer's allow-list first. Throws with the list of problems when a path would be refused.
 */
export async function buildPackage(options: PackageOptions): Promise<PackageResult> {
  const version = await readVersions(options.projectRoot);
  const { entries, warnings } = await collectPackageFiles(options.projectRoot);
  const problems = checkPaths(entries.map((entry) => entry.name));
  if (problems.length > 0) {
    throw new Error(
      `the installer would refuse this package:\n${problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n')}`,
    );
  }
  const base = options.modified ?? baseTime();
  const zip = writeZip(entries, (entry) => contentTime(entry.data, base));
  const zipPath = options.outFile ?? join(options.projectRoot, 'dist', PACKAGE_FILE);
  await mkdir(dirname(zipPath), { recursive: true });
  await writeFile(zipPath, zip);
  return {
    zipPath,
    entries: entries.map((entry) => entry.name),
    warnings,
    bytes: zip.byteLength,
    sha256: createHash('sha256').update(zip).digest('hex'),
    version,
  };
}
