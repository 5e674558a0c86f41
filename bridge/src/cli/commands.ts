import { syncProductsCommand } from '../catalog/export/command';
import { demoCommand } from '../demo/command';
import { installCommand } from '../install/command';
import { ozonCheckCommand } from '../ozon/client/check-command';
import { emulatorCommand } from '../ozon/emulator/command';
import { sampleStoreCommand } from '../sample-store/command';
import type { Command } from './command';
import { serveCommand } from './serve-command';

/** Every subcommand of `meschain-ozon`, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  serveCommand,
  installCommand,
  sampleStoreCommand,
  ozonCheckCommand,
  emulatorCommand,
  syncProductsCommand,
  demoCommand,
];
