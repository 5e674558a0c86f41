import type { StoreDb } from '../db/connection';
import type { OzonClient } from '../ozon/client';
import { ozonClientForSettings, type SettingsClientOptions } from './ozon-client';
import type { OzonSettings, OzonSettingsPatch } from './schema';
import { readOzonSettings, writeOzonSettings } from './store';

/**
 * The settings as a service for `Services`: reads go to the database every time (the panel and a CLI may write
 * concurrently), and the last Api-Key seen is remembered so that the log's redactor can mask it synchronously.
 */
export function createSettingsService(store: StoreDb, now: () => Date = () => new Date()) {
  let lastApiKey = '';
  const remember = (settings: OzonSettings): OzonSettings => {
    lastApiKey = settings.apiKey;
    return settings;
  };
  return {
    /** The Ozon settings, Api-Key included: server-side only. */
    async ozon(): Promise<OzonSettings> {
      return remember(await readOzonSettings(store));
    },
    /** Applies a validated patch (an empty apiKey keeps the stored one). */
    async updateOzon(patch: OzonSettingsPatch): Promise<OzonSettings> {
      return remember(await writeOzonSettings(store, patch, now()));
    },
    /** A client for the stored credentials; OZON_NOT_CONFIGURED when they are missing. */
    async ozonClient(options: SettingsClientOptions = {}): Promise<OzonClient> {
      return ozonClientForSettings(remember(await readOzonSettings(store)), options);
    },
    /** Secrets to mask in log entries (pass to createSyncLog's `knownSecrets`). */
    knownSecrets(): string[] {
      return lastApiKey === '' ? [] : [lastApiKey];
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
