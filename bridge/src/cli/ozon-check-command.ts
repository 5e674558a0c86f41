import { loadConfig } from '../config/load';
import { openStoreDb } from '../db/connection';
import { createOzonClient } from '../ozon/client/create-client';
import { OzonError } from '../ozon/client/errors';
import type { FetchLike } from '../ozon/client/exchange';
import { OZON_BASE_URL } from '../ozon/client/options';
import { createSettingsService } from '../settings/service';
import { type Clock, systemClock } from '../shared/clock';
import { fixPlace } from '../shared/fix-places';
import type { Command } from './command';
import { parseFlags, STORE_FLAGS, stringFlags } from './flags';

export interface OzonCheckInput {
  readonly clientId: string;
  readonly apiKey: string;
  readonly apiUrl?: string | undefined;
  readonly fetch?: FetchLike | undefined;
  readonly clock?: Clock | undefined;
  /** Where lines go; stdout by default. */
  readonly print?: ((line: string) => void) | undefined;
}

const DAY_MS = 86_400_000;

/** "in 12 days" / "today" / "3 days ago" for a key's expiry. */
function describeExpiry(expiresAt: string, now: number): string {
  const at = Date.parse(expiresAt);
  if (Number.isNaN(at)) {
    return 'expiry unknown (Ozon sent none)';
  }
  const days = Math.floor((at - now) / DAY_MS);
  const when =
    days > 0 ? `${days} day(s) left` : days === 0 ? 'expires today' : `EXPIRED ${-days} day(s) ago`;
  return `expires ${new Date(at).toISOString()} (${when})`;
}

/**
 * Calls /v1/roles with the given credentials and prints whether the key works, its roles and when it expires.
 * Resolves to the exit code: 0 when the key works, 1 when Ozon refuses it or cannot be reached.
 */
export async function runOzonCheck(input: OzonCheckInput): Promise<number> {
  const print = input.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const clock = input.clock ?? systemClock;
  const client = createOzonClient({
    baseUrl: input.apiUrl,
    clientId: input.clientId,
    apiKey: input.apiKey,
    fetch: input.fetch,
    clock,
    maxAttempts: 2,
    timeoutMs: 15_000,
  });
  try {
    const info = await client.account.roles();
    print(`Ozon API key works (${input.apiUrl ?? OZON_BASE_URL}).`);
    print(`Key ${describeExpiry(info.expires_at, clock.now())}.`);
    print(`Roles (${info.roles.length}):`);
    for (const role of info.roles) {
      print(`  - ${role.name} (${role.methods.length} methods)`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof OzonError)) {
      throw error;
    }
    const code = error.ozonCode === undefined ? '' : `, code ${error.ozonCode}`;
    print(`Ozon API key does NOT work: HTTP ${error.status}${code}: ${error.ozonMessage ?? error.reason}`);
    return 1;
  }
}

const CHECK_FLAGS = {
  'client-id': { type: 'string' },
  'api-key': { type: 'string' },
  'api-url': { type: 'string' },
  ...STORE_FLAGS,
} as const;

/** The credentials saved in the bridge's settings (the panel's Settings page), when a store is named. */
async function storedCredentials(
  flags: Record<string, string | boolean | undefined>,
): Promise<{ clientId: string; apiKey: string; apiUrl: string } | undefined> {
  const named = ['database-url', 'opencart-root', 'config'].some((f) => typeof flags[f] === 'string');
  if (!named && !process.env.MESCHAIN_DATABASE_URL && !process.env.MESCHAIN_OPENCART_ROOT) {
    return undefined;
  }
  const config = await loadConfig({
    flags: stringFlags(flags),
    ...(typeof flags.config === 'string' ? { configFile: flags.config } : {}),
  });
  const store = openStoreDb({
    databaseUrl: config.databaseUrl,
    tablePrefix: config.tablePrefix,
    poolSize: 1,
  });
  try {
    const settings = await createSettingsService(store).ozon();
    return { clientId: settings.clientId, apiKey: settings.apiKey, apiUrl: settings.apiUrl };
  } finally {
    await store.close();
  }
}

const usage = `Usage: meschain-ozon ozon check [--opencart-root DIR | --database-url URL --table-prefix P]
       meschain-ozon ozon check --client-id ID --api-key KEY [--api-url URL]

Calls Ozon's /v1/roles and prints whether the API key works, its roles and how many days it has left.
With a store named, it checks the credentials saved in the bridge's settings (the panel's Settings page).
Otherwise flags fall back to OZON_CLIENT_ID, OZON_API_KEY and OZON_API_URL (default ${OZON_BASE_URL}).
Exit code 0 when the key works, 1 when it does not, 2 on missing credentials.`;

/** `meschain-ozon ozon check`. */
export const ozonCheckCommand: Command = {
  name: 'ozon check',
  summary: 'Check the Ozon API key: does it work, which roles, when it expires',
  usage,
  async run(args) {
    const flags = parseFlags(args, CHECK_FLAGS);
    const text = (name: keyof typeof CHECK_FLAGS): string | undefined => {
      const value = flags[name];
      return typeof value === 'string' ? value : undefined;
    };
    const stored = text('client-id') || text('api-key') ? undefined : await storedCredentials(flags);
    const clientId = text('client-id') ?? (stored?.clientId || process.env.OZON_CLIENT_ID);
    const apiKey = text('api-key') ?? (stored?.apiKey || process.env.OZON_API_KEY);
    const apiUrl = text('api-url') ?? (stored?.apiUrl || process.env.OZON_API_URL);
    if (!clientId || !apiKey) {
      process.stderr.write(
        `Missing credentials: save them in ${fixPlace('settings')} and name the store (--opencart-root DIR), or pass --client-id and --api-key, or set OZON_CLIENT_ID and OZON_API_KEY.\n`,
      );
      return 2;
    }
    return runOzonCheck({ clientId, apiKey, apiUrl: apiUrl || undefined });
  },
};
