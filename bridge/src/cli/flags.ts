import { parseArgs } from 'node:util';

export interface FlagSpec {
  readonly [name: string]: { readonly type: 'string' | 'boolean'; readonly short?: string };
}

/** A mistake on the command line; the dispatcher prints it with the command's usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses `--name value` flags strictly: an unknown flag or a stray argument is a UsageError. */
export function parseFlags(
  args: readonly string[],
  spec: FlagSpec,
): Record<string, string | boolean | undefined> {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { ...spec },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The string flags only, as the config loader takes them. */
export function stringFlags(values: Record<string, string | boolean | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      out[key] = value;
    }
  }
  return out;
}

/** The flags every command that opens the store accepts. */
export const STORE_FLAGS = {
  'database-url': { type: 'string' },
  'table-prefix': { type: 'string' },
  'opencart-root': { type: 'string' },
  config: { type: 'string' },
} as const satisfies FlagSpec;
