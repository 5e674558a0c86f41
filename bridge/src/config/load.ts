import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { readOpencartConfig } from './opencart-config';
import { type BridgeConfig, bridgeConfigSchema, CONFIG_ENV, CONFIG_FLAGS } from './schema';

/** A start-up setting is wrong; the message names each setting, where it came from and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Source = 'flag' | 'environment' | 'config file' | 'config.php' | 'default';
type Raw = Partial<Record<keyof BridgeConfig, unknown>>;

const fileSchema = z.record(z.string(), z.unknown());

async function readConfigFile(file: string): Promise<Raw> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`config file ${file}: ${(error as Error).message}`);
  }
  const record = fileSchema.safeParse(parsed);
  if (!record.success) {
    throw new ConfigError(`config file ${file}: must be a JSON object of settings`);
  }
  const known = new Set(Object.keys(CONFIG_ENV));
  const unknown = Object.keys(record.data).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new ConfigError(`config file ${file}: unknown setting(s) ${unknown.join(', ')}`);
  }
  return record.data as Raw;
}

function fromEnv(env: NodeJS.ProcessEnv): Raw {
  const raw: Raw = {};
  for (const [key, name] of Object.entries(CONFIG_ENV) as Array<[keyof BridgeConfig, string]>) {
    const value = env[name];
    if (value !== undefined && value !== '') {
      raw[key] = value;
    }
  }
  return raw;
}

/** A setting's value for an error message, with the password of any URL in it masked (database URLs hold one). */
function shownValue(value: unknown): string {
  return JSON.stringify(value).replace(/(\/\/[^\s/:@"]*:)[^\s/@"]*@/g, '$1***@');
}

export interface LoadConfigInput {
  /** Parsed command-line flags by flag name (e.g. `database-url`). */
  readonly flags?: Readonly<Record<string, string | undefined>>;
  readonly env?: NodeJS.ProcessEnv;
  /** A JSON config file; also taken from MESCHAIN_CONFIG. */
  readonly configFile?: string;
}

/**
 * Parses the bridge's settings once, by precedence flag > environment > config file > OpenCart's config.php >
 * default. Throws ConfigError listing every wrong setting.
 */
export async function loadConfig(input: LoadConfigInput = {}): Promise<BridgeConfig> {
  const env = input.env ?? process.env;
  const flags: Raw = {};
  for (const [key, flag] of Object.entries(CONFIG_FLAGS) as Array<[keyof BridgeConfig, string]>) {
    const value = input.flags?.[flag];
    if (value !== undefined) {
      flags[key] = value;
    }
  }
  const configFile = input.configFile ?? env.MESCHAIN_CONFIG;
  const file = configFile ? await readConfigFile(configFile) : {};
  const environment = fromEnv(env);
  const layers: Array<[Source, Raw]> = [
    ['config file', file],
    ['environment', environment],
    ['flag', flags],
  ];
  const merged: Raw = {};
  const origin = new Map<string, Source>();
  for (const [source, layer] of layers) {
    for (const [key, value] of Object.entries(layer)) {
      merged[key as keyof BridgeConfig] = value;
      origin.set(key, source);
    }
  }
  const root = merged.opencartRoot;
  if (typeof root === 'string' && root !== '') {
    let fromPhp: Awaited<ReturnType<typeof readOpencartConfig>>;
    try {
      fromPhp = await readOpencartConfig(root);
    } catch (error) {
      throw new ConfigError(`opencartRoot: ${(error as Error).message}`);
    }
    for (const [key, value] of Object.entries(fromPhp)) {
      if (merged[key as keyof BridgeConfig] === undefined) {
        merged[key as keyof BridgeConfig] = value;
        origin.set(key, 'config.php');
      }
    }
  }
  const result = bridgeConfigSchema.safeParse(merged);
  if (result.success) {
    return result.data;
  }
  const lines = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const source = origin.get(key) ?? 'default';
    const where =
      source === 'flag'
        ? `--${CONFIG_FLAGS[key as keyof BridgeConfig]}`
        : source === 'environment'
          ? CONFIG_ENV[key as keyof BridgeConfig]
          : source;
    const got = key in merged ? ` (got ${shownValue(merged[key as keyof BridgeConfig])})` : '';
    return `  ${key} [${where}] ${issue.message}${got}`;
  });
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}
