import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startBridgeWithPanel } from '../../../bridge/scaffold/demo-panel';
import {
  defaultCredentials,
  type RunningOzonEmulator,
  startOzonEmulator,
} from '../../../bridge/scaffold/ozon-emulator';
import { generateSampleStore, type SampleStoreSummary } from '../../../bridge/scaffold/sample-store/generate';
import { ozonSettingsPatchSchema } from '../../../bridge/src/contract/ozon-settings';
import { writeOzonSettings } from '../../../bridge/src/settings/store';
import { testBridgeConfig } from '../../harness/test-bridge';
import { createTestStore, type TestStore } from '../../harness/test-store';
import { buildPanel } from './build-panel';
import { type Browser, launchChromium } from './chromium';

export interface PanelEnvironment {
  readonly store: TestStore;
  readonly sample: SampleStoreSummary;
  readonly emulator: RunningOzonEmulator;
  readonly bridge: Awaited<ReturnType<typeof startBridgeWithPanel>>;
  readonly browser: Browser;
  /** A page signed in to the panel through a fresh one-time link. */
  readonly page: Page;
  /** Messages the page logged as errors, and failed requests other than the ones a test provokes. */
  readonly pageErrors: string[];
  /** URLs whose 4xx/5xx answers a test provokes on purpose. */
  readonly expectedFailures: RegExp[];
  close(): Promise<void>;
}

export interface PanelEnvironmentOptions {
  readonly products?: number;
  /** Emulator timings in ms (shortened so an export reaches `live` within a test). */
  readonly taskPendingMs?: number;
  readonly moderationMs?: number;
}

/**
 * The whole chain the merchant sees: a generated store, the Ozon emulator on a loopback port, the bridge
 * serving a freshly built panel, and Chromium signed in through the printed login link.
 */
export async function startPanelEnvironment(
  options: PanelEnvironmentOptions = {},
): Promise<PanelEnvironment> {
  const cleanups: Array<() => Promise<unknown>> = [];
  const close = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch(() => undefined);
    }
  };
  try {
    const store = await createTestStore();
    cleanups.push(() => store.destroy());
    const sample = await generateSampleStore(store, { products: options.products ?? 40, force: true });
    const emulator = await startOzonEmulator({
      taskPendingMs: options.taskPendingMs ?? 500,
      moderationMs: options.moderationMs ?? 1500,
    });
    cleanups.push(() => emulator.close());
    const dist = await buildPanel();
    cleanups.push(() => rm(dist, { recursive: true, force: true }));
    // The store's public URL makes image URLs absolute, as Ozon needs them (nothing is fetched from it).
    const config = await testBridgeConfig(store, { 'store-url': 'http://shop.example/' });
    const bridge = await startBridgeWithPanel(config, { dist });
    cleanups.push(() => bridge.stop());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    // Chromium asks every site for an icon; the panel has none.
    const expectedFailures: RegExp[] = [/\/favicon\.ico$/];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // Failed loads are reported with their URL by the response listener below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(message.text());
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !expectedFailures.some((pattern) => pattern.test(response.url()))) {
        pageErrors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
    await page.goto(bridge.panelLoginUrl());
    await page.waitForSelector('.meschain-ozon');
    return { store, sample, emulator, bridge, browser, page, pageErrors, expectedFailures, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Stores the emulator's credentials the way the settings page does, for tests that start past that page. */
export async function configureOzon(env: PanelEnvironment): Promise<void> {
  const credential = defaultCredentials[0];
  if (!credential) {
    throw new Error('the emulator has no default credentials');
  }
  await writeOzonSettings(
    env.store,
    ozonSettingsPatchSchema.parse({
      clientId: credential.clientId,
      apiKey: credential.apiKey,
      apiUrl: env.emulator.url,
    }),
  );
}
