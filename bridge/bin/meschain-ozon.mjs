#!/usr/bin/env node
// The `meschain-ozon` entry. The bridge is TypeScript run through tsx, so a merchant needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { allCommands } = await import('../scaffold/cli-commands.ts');
process.exitCode = await main(process.argv.slice(2), allCommands);
