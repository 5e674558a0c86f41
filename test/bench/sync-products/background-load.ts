import { spawn } from 'node:child_process';

/**
 * A process that keeps one core busy until stopped (BENCH_LOAD=1): the figures of a loaded run, set beside an
 * unloaded one, show how much of a ratio is the machine's other work.
 */
export function startBusyProcess(): { stop(): Promise<void> } {
  const child = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
  const ended = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  return {
    async stop() {
      // It never looks at signals, so SIGTERM ends it at once.
      child.kill('SIGTERM');
      await ended;
    },
  };
}
