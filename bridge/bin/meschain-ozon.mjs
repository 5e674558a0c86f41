#!/usr/bin/env node
// The `meschain-ozon` entry. It runs the CLI bundled into bridge/dist/, bundled again first when a source changed:
// compiling the bridge's TypeScript at every start delayed every command, even --version.
import v8 from 'node:v8';
import { loadCli } from '../build/load-cli.mjs';

// V8 lets a small heap grow to several times what survived its last full collection before collecting again,
// so a sync whose live data is small peaked at many times that in garbage. Growing by half at most keeps the
// peak near what is alive, for a little more collecting. Set before anything is loaded; V8 reads it at every
// collection.
v8.setFlagsFromString('--heap-growing-percent=50');

const { main, allCommands } = await loadCli();
process.exitCode = await main(process.argv.slice(2), allCommands);
