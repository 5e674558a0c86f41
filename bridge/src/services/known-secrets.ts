import type { Services } from './services';

/**
 * Every secret the bridge knows right now, to mask in what it answers: the shared secret as stored now (it may
 * have been rotated since start) and every Api-Key the settings service has seen, the stored one read afresh.
 */
export async function currentSecrets(services: Pick<Services, 'secrets' | 'settings'>): Promise<string[]> {
  await services.settings.ozon().catch(() => undefined);
  return [await services.secrets.current(), ...services.settings.knownSecrets()].filter((s) => s !== '');
}
