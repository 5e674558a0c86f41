import type { Command } from '../src/cli/command';
import { productCommands } from '../src/cli/commands';
import { demoCommand } from './demo/command';
import { emulatorCommand } from './ozon-emulator/command';
import { sampleStoreCommand } from './sample-store/command';

/**
 * Every subcommand of `meschain-ozon`, in the order `--help` lists them. Composed here, outside the product tree,
 * because the product never imports the scaffolding; the scaffolding may import the product.
 */
export const allCommands: readonly Command[] = [
  productCommands.serve,
  productCommands.install,
  sampleStoreCommand,
  productCommands.ozonCheck,
  emulatorCommand,
  productCommands.syncProducts,
  productCommands.syncStocks,
  productCommands.syncPrices,
  demoCommand,
];
