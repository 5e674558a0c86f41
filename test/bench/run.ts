import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './harness';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(HERE, 'results.json');

interface BenchRun {
  readonly date: string;
  readonly machine: Record<string, unknown>;
  readonly benchmark: string;
  readonly results: readonly BenchResult[];
}

function machine(): Record<string, unknown> {
  return {
    hostname: os.hostname(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/**
 * Runs every benchmark module in this folder (a file exporting `run(): Promise<BenchResult[]>`), or those named on
 * the command line, prints their figures and appends them, with the date and machine, to results.json.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(HERE)
    .filter((f) => f.endsWith('.ts') && !['run.ts', 'harness.ts'].includes(f))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const previous: BenchRun[] = existsSync(RESULTS)
    ? (JSON.parse(await readFile(RESULTS, 'utf8')) as BenchRun[])
    : [];
  let failed = false;
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(HERE, file)).href)) as {
      run?: () => Promise<BenchResult[]>;
    };
    if (typeof module.run !== 'function') {
      continue;
    }
    console.log(`\n== ${file}`);
    try {
      const results = await module.run();
      for (const r of results) {
        console.log(`  ${r.name}: ${r.value} ${r.unit}${r.details ? `  ${JSON.stringify(r.details)}` : ''}`);
      }
      previous.push({ date: new Date().toISOString(), machine: machine(), benchmark: file, results });
      await writeFile(RESULTS, `${JSON.stringify(previous, null, 2)}\n`);
    } catch (error) {
      failed = true;
      console.error(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`\nfigures appended to ${path.relative(process.cwd(), RESULTS)}`);
  process.exitCode = failed ? 1 : 0;
}

await main();
