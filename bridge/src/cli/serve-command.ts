import { loadConfig } from '../config/load';
import { startBridge } from '../server/start';
import type { Command } from './command';
import { parseFlags, STORE_FLAGS, stringFlags } from './flags';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the bridge on loopback (the service the OpenCart extension talks to)',
  usage: `Usage: meschain-ozon serve [options]

  --opencart-root DIR     read the database settings and prefix from DIR/config.php
  --database-url URL      mysql://user:pass@host:port/database (instead of --opencart-root)
  --table-prefix PREFIX   OpenCart's DB_PREFIX (default oc_)
  --port N                port on 127.0.0.1 (default 7420)
  --host ADDR             loopback address to listen on: 127.0.0.1, ::1 or localhost
  --store-url URL         the store's public URL (image links sent to Ozon)
  --config FILE           JSON file with any of these settings
Every setting can also come from the environment (MESCHAIN_DATABASE_URL, MESCHAIN_PORT, ...).`,
  async run(args) {
    const flags = parseFlags(args, {
      ...STORE_FLAGS,
      port: { type: 'string' },
      host: { type: 'string' },
      'store-url': { type: 'string' },
      'log-level': { type: 'string' },
    });
    const config = await loadConfig({
      flags: stringFlags(flags),
      ...(typeof flags.config === 'string' ? { configFile: flags.config } : {}),
    });
    const bridge = await startBridge(config);
    console.log(
      `meschain-ozon bridge ${bridge.services.version} listening on ${bridge.url} (prefix ${config.tablePrefix})`,
    );
    await new Promise<void>((resolve) => {
      const stop = (signal: string): void => {
        console.log(`${signal}: finishing work in flight, then stopping`);
        void bridge.stop().then(resolve);
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    return 0;
  },
};
