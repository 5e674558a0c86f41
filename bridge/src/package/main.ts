import { fileURLToPath } from 'node:url';
import { buildPackage } from './build';

/** `npm run package`: writes dist/meschain_ozon.ocmod.zip and prints what went in. */
async function main(): Promise<number> {
  const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
  try {
    const result = await buildPackage({ projectRoot });
    for (const warning of result.warnings) {
      console.warn(`warning: ${warning}`);
    }
    console.log(
      `${result.zipPath}: version ${result.version}, ${result.entries.length} files, ${result.bytes} bytes, sha256 ${result.sha256}`,
    );
    return 0;
  } catch (error) {
    console.error(`package failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
