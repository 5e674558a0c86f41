import type { Context } from 'hono';
import type { AppEnv } from '../env';

/** The configured Ozon client, its calls written to the merchant's log (OZON_NOT_CONFIGURED without credentials). */
export function ozonClientOf(c: Context<AppEnv>) {
  const { settings, log, clock } = c.get('services');
  return () => settings.ozonClient({ log, clock });
}

/** The bridge clock's now, for updated_at columns. */
export function nowOf(c: Context<AppEnv>): Date {
  return new Date(c.get('services').clock.now());
}
