import type { Services } from './services';

/**
 * Every secret the bridge knows right now, to mask in what it answers: the shared secret as stored now (it may
 * have been rotated since start) and every Api-Key the settings service has seen, the stored one read afresh.
 * With the database unreachable it answers what it already knew, so that reporting that very failure still masks.
 */
export async function currentSecrets(services: Pick<Services, 'secrets' | 'settings'>): Promise<string[]> {
  await services.settings.ozon().catch(() => undefined);
  const shared = await services.secrets.current().catch(() => '');
  return [shared, ...services.settings.knownSecrets()].filter((s) => s !== '');
}
