import type { OfferSettings, OfferSettingsPatch } from '../contract/offers';
import type { OzonSettings, OzonSettingsPatch } from '../contract/ozon-settings';
import type { StoreDb } from '../db/connection';
import type { OzonClient } from '../ozon/client';
import { readOfferSettings, saveOfferSettings } from './offer-settings';
import { ozonClientForSettings, type SettingsClientOptions } from './ozon-client';
import { patchedOzonSettings, readOzonSettings, writeOzonSettings } from './store';

/**
 * The only way to read or change the Ozon settings and to build an Ozon client. Reads go to the database every
 * time (the panel and a CLI may write concurrently); every Api-Key that passes through is remembered, so that the
 * log's redactor masks a key saved after start as well as the one stored at start.
 */
export function createSettingsService(store: StoreDb, now: () => Date = () => new Date()) {
  const seenKeys = new Set<string>();
  const remember = (settings: OzonSettings): OzonSettings => {
    if (settings.apiKey !== '') {
      seenKeys.add(settings.apiKey);
    }
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
    /** The stored settings with unsaved changes applied, e.g. to check a connection before saving; nothing is stored. */
    async trial(patch: OzonSettingsPatch): Promise<OzonSettings> {
      return remember(patchedOzonSettings(await readOzonSettings(store), patch));
    },
    /** A client for the stored credentials; OZON_NOT_CONFIGURED when they are missing. */
    async ozonClient(options: SettingsClientOptions = {}): Promise<OzonClient> {
      return ozonClientForSettings(await this.ozon(), options);
    },
    /** A client for settings this service handed out (`trial`), e.g. the connection check of unsaved values. */
    clientFor(settings: OzonSettings, options: SettingsClientOptions = {}): OzonClient {
      return ozonClientForSettings(remember(settings), options);
    },
    /** The stock and price rules (warehouses, quantities, price source, markup, rounding, guardrail). */
    offers(): Promise<OfferSettings> {
      return readOfferSettings(store);
    },
    /** Replaces the parts of the stock and price rules the patch names; answers the rules as stored. */
    updateOffers(patch: OfferSettingsPatch): Promise<OfferSettings> {
      return saveOfferSettings(store, patch, now());
    },
    /** Secrets to mask in log entries (pass to createSyncLog's `knownSecrets`). */
    knownSecrets(): string[] {
      return [...seenKeys];
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
