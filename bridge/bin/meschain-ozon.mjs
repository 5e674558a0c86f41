#!/usr/bin/env node
// The `meschain-ozon` entry. It runs the CLI bundled into bridge/dist/, bundled again first when a source changed:
// compiling the bridge's TypeScript at every start delayed every command, even --version.
import { loadCli } from '../build/load-cli.mjs';

const { main, allCommands } = await loadCli();
process.exitCode = await main(process.argv.slice(2), allCommands);
