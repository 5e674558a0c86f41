import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The package version, read once: the panel shows it and the extension compares it with its own. */
export const BRIDGE_VERSION = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version;
