import { ConfigError } from '../config/load';
import { errorText } from '../log/error-text';
import { BRIDGE_VERSION } from '../version';
import type { Command } from './command';
import { UsageError } from './flags';

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `meschain-ozon ${BRIDGE_VERSION}: OpenCart 3 ↔ Ozon sync bridge`,
    '',
    'Usage: meschain-ozon <command> [options]   (meschain-ozon <command> --help for its options)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

/** Picks the longest command name that the arguments start with ("ozon check" before "ozon"). */
function findCommand(
  commands: readonly Command[],
  args: readonly string[],
): { command: Command; rest: readonly string[] } | undefined {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((word, i) => args[i] === word)) {
      return { command, rest: args.slice(words.length) };
    }
  }
  return undefined;
}

/** Runs the CLI over `commands` (composed by the `meschain-ozon` entry) and returns the exit code. */
export async function main(args: readonly string[], commands: readonly Command[]): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    console.log(overview(commands));
    return 0;
  }
  if (args[0] === '--version') {
    console.log(BRIDGE_VERSION);
    return 0;
  }
  const found = findCommand(commands, args);
  if (!found) {
    // Only the words before the first flag: the rest may be a key given with --api-key.
    const firstFlag = args.findIndex((a) => a.startsWith('-'));
    const words = (firstFlag === -1 ? args : args.slice(0, firstFlag)).join(' ');
    console.error(`unknown command: ${words || args[0]}\n\n${overview(commands)}`);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    console.log(found.command.usage);
    return 0;
  }
  try {
    return await found.command.run(found.rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${found.command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(`meschain-ozon ${found.command.name}: ${error.message}`);
      return 78; // EX_CONFIG: a supervisor should not restart-loop on a bad setting
    }
    console.error(`meschain-ozon ${found.command.name} failed: ${errorText(error)}`);
    return 1;
  }
}
