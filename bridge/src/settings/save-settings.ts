import type { OzonSettings, OzonSettingsPatch } from '../contract/ozon-settings';
import type { SyncLog } from '../log/sync-log';
import type { SettingsService } from './service';

/** Saves the merchant's change and says in the log which fields it touched (never their values). */
export async function saveOzonSettings(
  service: SettingsService,
  log: SyncLog,
  patch: OzonSettingsPatch,
): Promise<OzonSettings> {
  const saved = await service.updateOzon(patch);
  // An empty apiKey keeps the stored key, so it changed nothing.
  const changed = Object.keys(patch).filter((key) => key !== 'apiKey' || patch.apiKey !== '');
  await log.write({
    level: 'info',
    kind: 'system',
    message: `Ozon settings saved (${changed.join(', ') || 'no change'})`,
    entity: 'settings',
    entityId: 'ozon',
  });
  return saved;
}
