/*
 * Preloaded (`node --import`) into every process the sync-products bench times. At exit it writes, to the file
 * named by BENCH_PROBE_FILE, the process's own CPU time and peak RSS (getrusage, so start-up and every thread
 * count) and when it first opened a TCP connection: the bench's start-up time is spawn to that connection, which
 * for these processes is the database's.
 */
import { writeFileSync } from 'node:fs';
import net from 'node:net';

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  /** @type {{ at: number, target: string } | undefined} */
  let firstConnect;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function probedConnect(...args) {
    // net.connect() passes its arguments already normalised, as one [options, callback] array.
    const [first, second] = Array.isArray(args[0]) ? args[0] : args;
    const options = typeof first === 'object' && first !== null ? first : { port: first, host: second };
    // TCP only: tsx's loader first tries a local pipe to a parent tsx process (there is none), which is no
    // connection to the database.
    if (firstConnect === undefined && options.port !== undefined) {
      firstConnect = {
        at: performance.timeOrigin + performance.now(),
        target: `${typeof options.host === 'string' ? options.host : 'localhost'}:${options.port}`,
      };
    }
    return connect.apply(this, args);
  };
  process.on('exit', (exitCode) => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        exitCode,
        firstConnect,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        peakRssKiB: usage.maxRSS,
      }),
    );
  });
}
