import type { OzonSettings } from '../contract/ozon-settings';
import type { ConnectionCheck } from '../contract/settings';
import type { SyncLog } from '../log/sync-log';
import { OzonError } from '../ozon/client';
import type { Clock } from '../shared/clock';
import type { SettingsService } from './service';

const DAY_MS = 86_400_000;

/**
 * The key's roles and expiry from /v1/roles, or Ozon's refusal in its own words. `settings` may hold unsaved
 * form values (from the service's `trial`), so the merchant can test before saving.
 */
export async function checkConnection(
  service: SettingsService,
  settings: OzonSettings,
  deps: { readonly clock: Clock; readonly log: SyncLog },
): Promise<ConnectionCheck> {
  // A merchant waits on this button: two attempts with a short timeout, not the sync's patient retries.
  const client = service.clientFor(settings, { ...deps, maxAttempts: 2, timeoutMs: 15_000 });
  try {
    const info = await client.account.roles();
    const at = Date.parse(info.expires_at);
    return {
      ok: true,
      apiUrl: settings.apiUrl,
      roles: info.roles.map((role) => ({ name: role.name, methods: role.methods.length })),
      expiresAt: Number.isNaN(at) ? null : new Date(at).toISOString(),
      daysLeft: Number.isNaN(at) ? null : Math.floor((at - deps.clock.now()) / DAY_MS),
    };
  } catch (error) {
    if (!(error instanceof OzonError)) {
      throw error;
    }
    return {
      ok: false,
      apiUrl: settings.apiUrl,
      status: error.status,
      ozonCode: error.ozonCode === undefined ? null : String(error.ozonCode),
      message: error.ozonMessage ?? error.reason,
    };
  }
}
