import { z } from 'zod';

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'] as const;

/**
 * Every setting of the bridge, parsed once at start. Values arrive as strings from the environment and the
 * command line, so numbers are coerced here and nowhere else.
 */
export const bridgeConfigSchema = z.object({
  databaseUrl: z
    .string({ error: 'is required (or give --opencart-root so it is read from config.php)' })
    .refine((v) => /^mysql:\/\//.test(v), {
      error: 'must be a mysql:// URL, e.g. mysql://user:pass@127.0.0.1:3306/shop',
    }),
  tablePrefix: z
    .string()
    .regex(/^[A-Za-z0-9_]{0,32}$/, {
      error: 'may hold only letters, digits and _ (at most 32), like DB_PREFIX',
    })
    .default('oc_'),
  host: z
    .enum(LOOPBACK_HOSTS, {
      error:
        'must be a loopback address (127.0.0.1, ::1 or localhost): the bridge is never exposed to a network',
    })
    .default('127.0.0.1'),
  port: z.coerce
    .number({ error: 'must be a whole number from 1 to 65535 (0: any free port)' })
    .int({ error: 'must be a whole number from 1 to 65535 (0: any free port)' })
    .min(0, { error: 'must be a whole number from 1 to 65535 (0: any free port)' })
    .max(65535, { error: 'must be a whole number from 1 to 65535 (0: any free port)' })
    .default(7420),
  opencartRoot: z.string().min(1).optional(),
  storeUrl: z.url({ error: "must be the store's public URL, e.g. https://shop.example/" }).optional(),
  imageDir: z.string().min(1).optional(),
  ozonApiUrl: z.url({ error: 'must be a URL' }).default('https://api-seller.ozon.ru'),
  logLevel: z.enum(['debug', 'info', 'warning', 'error']).default('info'),
  shutdownTimeoutMs: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int()
    .min(0)
    .max(600_000)
    .default(15_000),
});

export type BridgeConfig = z.infer<typeof bridgeConfigSchema>;
export type BridgeConfigInput = z.input<typeof bridgeConfigSchema>;

/** Environment variables, by setting. */
export const CONFIG_ENV: Record<keyof BridgeConfig, string> = {
  databaseUrl: 'MESCHAIN_DATABASE_URL',
  tablePrefix: 'MESCHAIN_TABLE_PREFIX',
  host: 'MESCHAIN_HOST',
  port: 'MESCHAIN_PORT',
  opencartRoot: 'MESCHAIN_OPENCART_ROOT',
  storeUrl: 'MESCHAIN_STORE_URL',
  imageDir: 'MESCHAIN_IMAGE_DIR',
  ozonApiUrl: 'MESCHAIN_OZON_API_URL',
  logLevel: 'MESCHAIN_LOG_LEVEL',
  shutdownTimeoutMs: 'MESCHAIN_SHUTDOWN_TIMEOUT_MS',
};

/** Command-line flags, by setting. */
export const CONFIG_FLAGS: Record<keyof BridgeConfig, string> = {
  databaseUrl: 'database-url',
  tablePrefix: 'table-prefix',
  host: 'host',
  port: 'port',
  opencartRoot: 'opencart-root',
  storeUrl: 'store-url',
  imageDir: 'image-dir',
  ozonApiUrl: 'ozon-api-url',
  logLevel: 'log-level',
  shutdownTimeoutMs: 'shutdown-timeout-ms',
};
