import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Deletes what an earlier run installed into the store, so the installer starts from a store without the module. */
export function removeInstalledFiles(webRoot: string, entries: readonly string[]): void {
  for (const entry of entries.filter((name) => name.startsWith('upload/'))) {
    rmSync(join(webRoot, entry.slice('upload/'.length)), { force: true });
  }
  rmSync(join(webRoot, 'system/library/meschain_ozon'), { recursive: true, force: true });
  rmSync(join(webRoot, 'admin/view/javascript/meschain_ozon'), { recursive: true, force: true });
}

/** A copy of the extension sources whose version is `version`, to build an "upgrade" package from. */
export function versionBumpedProject(work: string, version: string): string {
  const root = join(work, `project-${version}`);
  cpSync(join(projectRoot, 'opencart-extension'), join(root, 'opencart-extension'), { recursive: true });
  const xml = readFileSync(join(projectRoot, 'install.xml'), 'utf8');
  writeFileSync(
    join(root, 'install.xml'),
    xml.replace(/<version>[^<]*<\/version>/, `<version>${version}</version>`),
  );
  const infoPath = join(root, 'opencart-extension/upload/system/library/meschain_ozon/module_info.php');
  const info = readFileSync(infoPath, 'utf8');
  writeFileSync(infoPath, info.replace(/const VERSION = '[^']*';/, `const VERSION = '${version}';`));
  return root;
}
