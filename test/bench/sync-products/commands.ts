import { childEnv } from './child-env';
import { type ProcessFigures, runTimed } from './timed-process';

const PLAIN_READ = 'test/bench/sync-products/plain-read.mjs';

export interface CommandOptions {
  /** The project root: the commands run from there, as a merchant's checkout would. */
  readonly root: string;
  readonly databaseUrl: string;
  readonly prefix: string;
  readonly products: number;
  /** The language the export reads texts in; the plain read reads the same. */
  readonly languageId: number;
  readonly storeUrl: string;
  /** Flags every sync run gets besides the store's (e.g. --poll-ms). */
  readonly syncFlags: readonly string[];
  readonly timeoutMs: number;
}

/**
 * The two processes the bench measures, each checked for what its figures claim: the plain read read every
 * product, and the first TCP connection each opened (where start-up ends) was the database's.
 */
export function measuredCommands(options: CommandOptions) {
  const { databaseUrl, prefix } = options;
  const databasePort = new URL(databaseUrl).port || '3306';
  const timed = async (args: readonly string[]): Promise<ProcessFigures> => {
    const figures = await runTimed(args, {
      cwd: options.root,
      timeoutMs: options.timeoutMs,
      env: childEnv(),
    });
    if (!figures.firstConnectTo.endsWith(`:${databasePort}`)) {
      throw new Error(`start-up was measured to ${figures.firstConnectTo}, not the database (${args[0]})`);
    }
    return figures;
  };
  return {
    async plainRead(): Promise<ProcessFigures> {
      const figures = await timed([PLAIN_READ, databaseUrl, prefix, String(options.languageId)]);
      const read = JSON.parse(figures.stdout.trim().split('\n').at(-1) ?? '{}') as { products?: number };
      if (read.products !== options.products) {
        throw new Error(`the plain read read ${read.products} products of ${options.products}`);
      }
      return figures;
    },
    /** `meschain-ozon sync products` on the store; it must exit 0 (every item has its outcome). */
    sync(extra: readonly string[]): Promise<ProcessFigures> {
      return timed([
        'bridge/bin/meschain-ozon.mjs',
        ...['sync', 'products', '--database-url', databaseUrl, '--table-prefix', prefix],
        ...['--store-url', options.storeUrl, ...options.syncFlags, ...extra],
      ]);
    },
  };
}
