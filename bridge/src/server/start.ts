import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { BridgeConfig } from '../config/schema';
import { type AppOptions, createApp } from '../http/app';
import { offerDepsSource, offerSettingsSource } from '../offers/offer-services';
import { createOfferWorker } from '../offers/offer-worker';
import { openServices, type ServicesOptions } from '../services/open-services';
import type { Services } from '../services/services';
import { schedulePruning } from '../store-events/prune';
import { answerClientErrorsWithEnvelope, requestErrorAnswer } from './outside-app-errors';
import { closeConnectionsWithUnreadBodies } from './unread-bodies';

export interface StartOptions extends ServicesOptions {
  readonly app?: AppOptions | ((services: Services) => AppOptions);
}

/**
 * Opens the store's database, applies the bridge's migrations, makes sure the shared secret exists and serves
 * the app on loopback. `stop()` is the graceful shutdown: no new work, running work finished or checkpointed
 * within the timeout, then the pool closed.
 */
export async function startBridge(config: BridgeConfig, options: StartOptions = {}) {
  const { services, lifecycle } = await openServices(config, options);
  const { store, jobs } = services;
  const appOptions = typeof options.app === 'function' ? options.app(services) : (options.app ?? {});
  const app = createApp(services, appOptions);
  const server = createServer(
    getRequestListener(app.fetch, { hostname: config.host, errorHandler: requestErrorAnswer }),
  );
  answerClientErrorsWithEnvelope(server);
  closeConnectionsWithUnreadBodies(server);
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve(server.address() as AddressInfo));
  }).catch(async (error: unknown) => {
    // e.g. the port is taken: say so, and leave no pool open behind.
    await store.close();
    throw error;
  });
  jobs.start();
  const stopPruning = schedulePruning(services);
  const offers = createOfferWorker({
    clock: services.clock,
    deps: offerDepsSource(services),
    settings: offerSettingsSource(services),
    arrivals: services.arrivals,
    onError: (message) => {
      services.log.write({ level: 'error', kind: 'sync', message }).catch(() => undefined);
    },
  });
  offers.start();
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let stopping: Promise<void> | undefined;
  return {
    app,
    services,
    url: `http://${host}:${address.port}`,
    port: address.port,
    stop(): Promise<void> {
      stopping ??= (async () => {
        stopPruning();
        const looked = jobs.stop();
        const offersStopped = offers.stop();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        const { unfinished } = await lifecycle.drain(config.shutdownTimeoutMs);
        // A look for work under way ends (handing back what it claimed) before the pool closes under it.
        await looked;
        await offersStopped;
        if (unfinished > 0) {
          console.warn(
            `stopped with ${unfinished} task(s) unfinished; they resume from their checkpoint at next start`,
          );
        }
        server.closeAllConnections();
        await closed;
        await store.close();
      })();
      return stopping;
    },
  };
}

export type RunningBridge = Awaited<ReturnType<typeof startBridge>>;
