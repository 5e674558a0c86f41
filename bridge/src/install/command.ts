import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import type { Command } from '../cli/command';
import { parseFlags, UsageError } from '../cli/flags';
import { loadConfig } from '../config/load';
import { openStoreDb } from '../db/connection';
import { migrate } from '../db/migrate';
import { ensureSharedSecret } from '../security/shared-secret';
import { fixPlace } from '../shared/fix-places';
import { systemdUnit } from './systemd-unit';

const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export const installCommand: Command = {
  name: 'install',
  summary: "check an OpenCart store's config, create the bridge's tables and print a systemd unit",
  usage: `Usage: meschain-ozon install --opencart-root DIR [--user USER] [--write-unit FILE]

  --opencart-root DIR   the OpenCart web root (holding config.php)
  --user USER           the system user the service runs as (default: the current user)
  --write-unit FILE     also write the systemd unit to FILE (e.g. /etc/systemd/system/meschain-ozon.service)`,
  async run(args) {
    const flags = parseFlags(args, {
      'opencart-root': { type: 'string' },
      user: { type: 'string' },
      'write-unit': { type: 'string' },
    });
    const root = flags['opencart-root'];
    if (typeof root !== 'string') {
      throw new UsageError('--opencart-root is required');
    }
    const opencartRoot = path.resolve(root);
    const config = await loadConfig({ flags: { 'opencart-root': opencartRoot } });
    console.log(
      `✓ read ${path.join(opencartRoot, 'config.php')}: database ${new URL(config.databaseUrl).pathname.slice(1)}, prefix ${config.tablePrefix}`,
    );
    const store = openStoreDb({
      databaseUrl: config.databaseUrl,
      tablePrefix: config.tablePrefix,
      poolSize: 2,
    });
    try {
      const [tables] = await store.pool.query<RowDataPacket[]>(
        'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN (?, ?)',
        [`${config.tablePrefix}setting`, `${config.tablePrefix}product`],
      );
      if (tables.length < 2) {
        console.error(
          `✗ no OpenCart tables with prefix ${config.tablePrefix} in that database: is DB_PREFIX right?`,
        );
        return 1;
      }
      console.log('✓ connected; OpenCart tables found');
      const { applied } = await migrate(store.pool, config.tablePrefix);
      console.log(
        `✓ bridge tables ready (${applied.length > 0 ? `applied ${applied.join(', ')}` : 'already up to date'})`,
      );
      await ensureSharedSecret(store);
      console.log('✓ shared secret present in the store settings');
      const extension = await store.db
        .select()
        .from(store.oc.setting)
        .where(and(eq(store.oc.setting.storeId, 0), eq(store.oc.setting.key, 'module_meschain_ozon_status')));
      console.log(
        extension.length > 0
          ? '✓ the OpenCart extension is installed'
          : `! the OpenCart extension is not installed yet: upload meschain_ozon.ocmod.zip in ${fixPlace('extensionInstaller')}, then install it in ${fixPlace('extensionModules')}`,
      );
    } finally {
      await store.close();
    }
    const unit = systemdUnit({
      nodePath: process.execPath,
      binPath: path.join(PROJECT_ROOT, 'bridge', 'bin', 'meschain-ozon.mjs'),
      workingDirectory: PROJECT_ROOT,
      opencartRoot,
      user: typeof flags.user === 'string' ? flags.user : os.userInfo().username,
    });
    if (typeof flags['write-unit'] === 'string') {
      await writeFile(flags['write-unit'], unit);
      console.log(
        `✓ wrote ${flags['write-unit']}; now: systemctl daemon-reload && systemctl enable --now meschain-ozon`,
      );
    } else {
      console.log(
        '\nsystemd unit (save as /etc/systemd/system/meschain-ozon.service, then systemctl enable --now meschain-ozon):\n',
      );
      console.log(unit);
    }
    return 0;
  },
};
