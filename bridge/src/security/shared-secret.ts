import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { StoreDb } from '../db/connection';
import { withNamedLock } from '../db/named-lock';

/**
 * Where OpenCart and the bridge both find the shared secret: a row in OpenCart's settings, under a code of its own
 * (not the module's `module_meschain_ozon`, whose rows OpenCart deletes on uninstall), so that uninstalling and
 * installing the module again keeps it. Read by key: earlier builds kept it under the module's code.
 */
export const SECRET_SETTING_CODE = 'meschain_ozon_connection';
export const SECRET_SETTING_KEY = 'module_meschain_ozon_bridge_secret';

async function readSecret(store: StoreDb): Promise<string | undefined> {
  const { db, oc } = store;
  const rows = await db
    .select({ value: oc.setting.value })
    .from(oc.setting)
    .where(and(eq(oc.setting.storeId, 0), eq(oc.setting.key, SECRET_SETTING_KEY)))
    .limit(1);
  const value = rows[0]?.value;
  return value !== undefined && /^[0-9a-f]{64}$/.test(value) ? value : undefined;
}

/**
 * Returns the shared secret, creating it when neither the extension's installer nor an earlier bridge has.
 * An existing secret is never replaced: the PHP side may already sign with it. A named lock stops two
 * starting bridges from writing two different secrets.
 */
export async function ensureSharedSecret(store: StoreDb): Promise<string> {
  const existing = await readSecret(store);
  if (existing) {
    return existing;
  }
  return withNamedLock(store.pool, `${store.prefix}meschain_ozon_secret`, 10, async () => {
    const raced = await readSecret(store);
    if (raced) {
      return raced;
    }
    const secret = randomBytes(32).toString('hex');
    await store.db.insert(store.oc.setting).values({
      storeId: 0,
      code: SECRET_SETTING_CODE,
      key: SECRET_SETTING_KEY,
      value: secret,
      serialized: 0,
    });
    return secret;
  });
}

/**
 * The secret as the verifier needs it: cached, and re-read (at most every few seconds) when a signature fails,
 * so that reinstalling the extension, which may write a new secret, needs no bridge restart.
 */
export function createSecretProvider(store: StoreDb, minRefreshMs = 5_000) {
  let cached: string | undefined;
  let readAt = 0;
  return {
    async current(): Promise<string> {
      cached ??= await ensureSharedSecret(store);
      return cached;
    },
    async refreshed(now: number): Promise<string | undefined> {
      if (now - readAt < minRefreshMs) {
        return undefined;
      }
      readAt = now;
      const fresh = await readSecret(store);
      if (fresh && fresh !== cached) {
        cached = fresh;
        return fresh;
      }
      return undefined;
    },
  };
}

export type SecretProvider = ReturnType<typeof createSecretProvider>;
