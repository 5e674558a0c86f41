import { describe, inject } from 'vitest';
import { opencartSuite } from './opencart-suite';
import { installRiggedStore, RIG_ADMIN, rigAvailable } from './rig-store';

/** Why the rig's stores cannot or should not be tested in this run, if so. */
function skipReason(): string | undefined {
  if (!rigAvailable()) {
    return 'no OpenCart rig beside the project';
  }
  if (process.env.OPENCART_ROOT) {
    // That one store is what is tested then (opencart.test.ts).
    return 'OPENCART_ROOT names the store to test';
  }
  if (!inject('databaseServerHasAccounts')) {
    const reason =
      "the run's private MariaDB cannot make OpenCart's database user; start MariaDB on 127.0.0.1:3306";
    // Unlike the two above, a skip nobody asked for: said where the person running the tests sees it.
    console.warn(`real-store tests skipped: ${reason}`);
    return reason;
  }
  return undefined;
}

/**
 * The real-store suite on OpenCart `version`, installed for the calling test file alone by the rig beside the
 * project (CI always has it), unless `skipReason()` gives a reason, which the skipped suite's title then shows.
 */
export function describeRiggedStore(version: string): void {
  const reason = skipReason();
  const title = `the extension on OpenCart ${version}, installed by the rig into a fresh database`;
  describe.skipIf(reason !== undefined)(reason ? `${title} (skipped: ${reason})` : title, () => {
    opencartSuite(async () => {
      // Under the run's database prefix: the run's own teardown drops it should this file never reach its own.
      const databaseName = `${inject('databasePrefix')}oc${version.replace(/\D/g, '')}`;
      const store = await installRiggedStore(version, databaseName, inject('databaseServerUrl'));
      return { root: store.root, admin: RIG_ADMIN, bridgeUrl: undefined, release: store.remove };
    });
  });
}
