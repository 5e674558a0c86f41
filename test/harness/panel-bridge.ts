import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startBridgeWithPanel } from '../../bridge/scaffold/demo-panel';
import { testBridgeConfig } from './test-bridge';
import { createTestStore, type TestStore } from './test-store';

/** What the panel routes need of a build: a manifest and the files it names. */
export interface StandInPanelBuild {
  /** Vite's outDir stand-in, for startBridgeWithPanel's `dist`. */
  readonly dist: string;
  remove(): Promise<void>;
}

/** A stand-in panel build in a temporary folder: `assets/main-1.js` and `assets/main-1.css` named by the manifest. */
export async function createStandInPanelBuild(): Promise<StandInPanelBuild> {
  const dist = await mkdtemp(join(tmpdir(), 'panel-dist-'));
  await mkdir(join(dist, '.vite'));
  await mkdir(join(dist, 'assets'));
  await writeFile(
    join(dist, '.vite/manifest.json'),
    JSON.stringify({
      'admin-ui/src/main.tsx': { file: 'assets/main-1.js', css: ['assets/main-1.css'], isEntry: true },
    }),
  );
  await writeFile(join(dist, 'assets/main-1.js'), 'console.log("panel")');
  await writeFile(join(dist, 'assets/main-1.css'), '.x{}');
  return { dist, remove: () => rm(dist, { recursive: true, force: true }) };
}

export type PanelBridge = Awaited<ReturnType<typeof startBridgeWithPanel>>;

export interface PanelBridgeFixture {
  readonly store: TestStore;
  readonly bridge: PanelBridge;
}

/**
 * A fresh test store and a bridge serving the demo panel (over a stand-in build) for the enclosing describe
 * block: started in beforeAll, stopped and removed in afterAll. Read the fields inside tests.
 */
export function usePanelTestBridge(): PanelBridgeFixture {
  let store: TestStore | undefined;
  let bridge: PanelBridge | undefined;
  let build: StandInPanelBuild | undefined;
  beforeAll(async () => {
    store = await createTestStore();
    build = await createStandInPanelBuild();
    bridge = await startBridgeWithPanel(await testBridgeConfig(store), { dist: build.dist });
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
    await build?.remove();
  });
  return {
    get store() {
      if (store === undefined) {
        throw new Error('the test store is not created yet (read it inside a test)');
      }
      return store;
    },
    get bridge() {
      if (bridge === undefined) {
        throw new Error('the panel bridge is not started yet (read it inside a test)');
      }
      return bridge;
    },
  };
}
