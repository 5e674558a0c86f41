import type { OfferSettings } from '../contract/offers';
import type { StoreDb } from '../db/connection';
import type { SyncLog } from '../log/sync-log';
import type { OzonClient } from '../ozon/client';
import type { SettingsService } from '../settings/service';
import type { Clock } from '../shared/clock';
import { isDomainError } from '../shared/domain-error';
import { fingerprintOf } from './intake';
import type { OfferDeps } from './shared/offer-deps';

export interface OfferServices {
  readonly store: StoreDb;
  readonly clock: Clock;
  readonly log: SyncLog;
  readonly settings: SettingsService;
}

/**
 * The offers wing's dependencies from the bridge's services, for as long as a process runs: one Ozon client per
 * set of credentials, so that every push of the process shares its rate limiters (Ozon counts 80 stock requests a
 * minute per account, not per caller). Undefined while Ozon is not configured: nothing can be sent then.
 */
export function offerDepsSource(services: OfferServices, jobId?: string) {
  let client: { key: string; ozon: OzonClient } | undefined;
  return async (): Promise<OfferDeps | undefined> => {
    const ozonSettings = await services.settings.ozon();
    const key = fingerprintOf([ozonSettings.clientId, ozonSettings.apiKey, ozonSettings.apiUrl]);
    if (client?.key !== key) {
      try {
        client = {
          key,
          ozon: await services.settings.ozonClient({ log: services.log, clock: services.clock }),
        };
      } catch (error) {
        if (isDomainError(error, 'OZON_NOT_CONFIGURED')) {
          return undefined;
        }
        throw error;
      }
    }
    return {
      store: services.store,
      clock: services.clock,
      ozon: client.ozon,
      currency: ozonSettings.currency,
      log: (entry) => services.log.write({ ...entry, kind: 'sync', ...(jobId ? { jobId } : {}) }),
    };
  };
}

/** The stock and price rules. */
export const offerSettingsSource =
  (services: Pick<OfferServices, 'settings'>) => (): Promise<OfferSettings> =>
    services.settings.offers();
