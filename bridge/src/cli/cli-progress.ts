/** Draws a job's progress on a terminal (one redrawn bar) or as plain lines for logs and pipes. */
export function createProgressPrinter(stream: NodeJS.WriteStream = process.stdout, unit = 'products') {
  const tty = stream.isTTY === true;
  let lastLine = '';
  let lastDecile = -1;
  return {
    update(phase: string, done: number, total: number): void {
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      if (tty) {
        const width = 30;
        const filled = Math.round(ratio * width);
        const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
        stream.write(`\r${bar} ${done}/${total} ${unit}  ${phase.padEnd(12)}`);
        return;
      }
      // Plain output: a line per tenth of the work and per phase change, never a flood.
      const decile = Math.floor(ratio * 10);
      const line = `${phase}: ${done}/${total} ${unit}`;
      if (line !== lastLine && (decile !== lastDecile || !lastLine.startsWith(`${phase}:`))) {
        stream.write(`${line}\n`);
        lastDecile = decile;
      }
      lastLine = line;
    },
    end(): void {
      if (tty) {
        stream.write('\n');
      }
    },
  };
}
