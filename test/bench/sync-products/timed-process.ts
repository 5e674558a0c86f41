import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROBE = pathToFileURL(fileURLToPath(new URL('./probe.mjs', import.meta.url))).href;
/** What `sync products` prints once the export is sent and it follows Ozon's answers. */
const FOLLOWING = "following Ozon's answers";
/** Enough of a failed process's output to say why it failed. */
const OUTPUT_TAIL_CHARS = 4_000;

/** One measured process, from spawn to exit. */
export interface ProcessFigures {
  /** When it was spawned, in epoch ms (to set beside times other processes recorded). */
  readonly spawnedAt: number;
  readonly wallMs: number;
  /** User + system CPU time of the process (every thread), start-up included. */
  readonly cpuMs: number;
  readonly peakRssMB: number;
  /** Spawn to the first TCP connection it opened (the database's, for the processes this bench runs). */
  readonly startupMs: number;
  /**
   * Spawn to the line saying the command now follows Ozon's answers: start-up, reading, deciding and sending
   * are done, what is left is Ozon's pace. The whole run when it never says so.
   */
  readonly ownPartMs: number;
  /** host:port of that first connection, to tell when it was not the database. */
  readonly firstConnectTo: string;
  readonly stdout: string;
}

interface ProbeOutput {
  readonly exitCode: number;
  readonly firstConnect?: { at: number; target: string };
  readonly cpuMs: number;
  readonly peakRssKiB: number;
}

function tail(text: string): string {
  return text.length > OUTPUT_TAIL_CHARS ? `…${text.slice(-OUTPUT_TAIL_CHARS)}` : text;
}

/**
 * Runs `node --import probe.mjs ...args` in `cwd` and measures it; throws unless it exits 0 within `timeoutMs`,
 * naming the command and the end of its output.
 */
export async function runTimed(
  args: readonly string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<ProcessFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'meschain-bench-'));
  const probeFile = path.join(dir, 'probe.json');
  try {
    const spawnedAt = performance.timeOrigin + performance.now();
    const child = spawn(process.execPath, ['--import', PROBE, ...args], {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), BENCH_PROBE_FILE: probeFile },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs,
    });
    let output = '';
    let stdout = '';
    let followingAt: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (followingAt === undefined && chunk.toString().includes(FOLLOWING)) {
        followingAt = performance.timeOrigin + performance.now();
      }
      stdout = tail(stdout + chunk.toString());
      output = tail(output + chunk.toString());
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output = tail(output + chunk.toString());
    });
    let exitedAt = 0;
    child.once('exit', () => {
      exitedAt = performance.timeOrigin + performance.now();
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (c, s) => resolve([c, s]));
    });
    const command = `node ${args.join(' ')}`;
    if (code !== 0) {
      throw new Error(
        `${command} exited ${signal ? `on ${signal} (time limit ${options.timeoutMs} ms?)` : code}:\n${output}`,
      );
    }
    const probe = JSON.parse(await readFile(probeFile, 'utf8')) as ProbeOutput;
    if (!probe.firstConnect) {
      throw new Error(`${command} opened no TCP connection, so it has no start-up time:\n${output}`);
    }
    return {
      spawnedAt,
      wallMs: exitedAt - spawnedAt,
      cpuMs: probe.cpuMs,
      peakRssMB: (probe.peakRssKiB * 1024) / 1e6,
      startupMs: probe.firstConnect.at - spawnedAt,
      ownPartMs: (followingAt ?? exitedAt) - spawnedAt,
      firstConnectTo: probe.firstConnect.target,
      stdout,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
