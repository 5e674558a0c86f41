import { syncProductsCommand } from '../catalog/export/command';
import { installCommand } from '../install/command';
import { syncPricesCommand, syncStocksCommand } from '../offers/cli/sync-offers-command';
import type { Command } from './command';
import { ozonCheckCommand } from './ozon-check-command';
import { serveCommand } from './serve-command';

/** The product's own subcommands of `meschain-ozon`; the emulator, sample store and demo come from the scaffold. */
export const productCommands = {
  serve: serveCommand,
  install: installCommand,
  ozonCheck: ozonCheckCommand,
  syncProducts: syncProductsCommand,
  syncStocks: syncStocksCommand,
  syncPrices: syncPricesCommand,
} as const satisfies Record<string, Command>;
