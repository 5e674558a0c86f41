/**
 * One subcommand of the `meschain-ozon` entry. Each feature folder exports its own command;
 * `bridge/scaffold/cli-commands.ts` lists them, so adding a command never touches the dispatcher.
 */
export interface Command {
  /** The word typed after `meschain-ozon`, e.g. `serve` or `ozon check` (words separated by one space). */
  readonly name: string;
  /** One line for `--help`. */
  readonly summary: string;
  /** Full usage text printed by `meschain-ozon <name> --help`. */
  readonly usage: string;
  /** Runs the command with the arguments after its name; resolves to the process exit code. */
  run(args: readonly string[]): Promise<number>;
}
