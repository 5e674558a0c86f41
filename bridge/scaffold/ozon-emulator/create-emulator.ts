import { Hono } from 'hono';
import { type Clock, systemClock } from '../../src/shared/clock';
import { createControl, type EmulatorControl } from './control/control';
import { FaultInjector } from './control/faults';
import { RequestRecorder } from './control/recorder';
import { controlRoutes } from './control/routes';
import { categoryHandlers } from './handlers/categories';
import { importHandlers } from './handlers/import';
import { postingActionHandlers } from './handlers/posting-actions';
import { postingHandlers } from './handlers/postings';
import { priceHandlers } from './handlers/prices';
import { productHandlers } from './handlers/products';
import { rfbsHandlers } from './handlers/rfbs';
import { rolesHandler } from './handlers/roles';
import { stockHandlers } from './handlers/stocks';
import type { HandlerTable } from './handlers/types';
import { warehouseHandlers } from './handlers/warehouses';
import { SlidingWindow } from './limits/sliding-window';
import { handleOzonRequest } from './pipeline/handle-request';
import { DROP_HEADER } from './pipeline/respond';
import type { EmulatorRuntime, OzonCredential } from './runtime';
import { type SeedCatalogue, seedCatalogue } from './seed/catalogue';
import { createState } from './state/create-state';
import type { EmulatorLimits, EmulatorState } from './state/types';
import { type DocumentPaths, defaultDocumentPaths, loadDocument } from './validation/openapi-document';

export interface OzonEmulatorOptions {
  /** Accepted Client-Id / Api-Key pairs (default: one pair, 123456 / "emulator-api-key"). */
  credentials?: readonly OzonCredential[];
  /** Shared with the client so that sped-up runs agree on time (default: the wall clock). */
  clock?: Clock;
  /** The category tree, attributes and dictionaries (default: `seedCatalogue`). */
  seed?: SeedCatalogue;
  /** Ozon's OpenAPI documents to validate requests against as well; `false` to skip (default: ../shared/ozon). */
  openApiDocPaths?: DocumentPaths | false;
  /** How long an import task stays `pending` (clock ms, default 2 s). */
  taskPendingMs?: number;
  /** How long moderation takes after import (clock ms, default 10 s). */
  moderationMs?: number;
  /** How long /v4/posting/fbs/ship takes to land (default 1 s). */
  shipDelayMs?: number;
  /** How long rFBS status changes take to land (default 1 s). */
  statusDelayMs?: number;
  /** Account currency (default RUB). */
  currency?: string;
  /** Overrides of Ozon's limits (default: the documented values). */
  limits?: Partial<EmulatorLimits>;
  /** Seed of the fault injector's random share. */
  faultSeed?: number;
}

export interface OzonEmulator {
  readonly app: Hono;
  /** In-process fetch: clients in tests call the emulator without a socket. A dropped connection throws. */
  readonly fetch: typeof fetch;
  readonly control: EmulatorControl;
  /** The live account state (replaced by `control.reset()`; read it through this getter). */
  readonly state: EmulatorState;
  readonly clock: Clock;
  readonly credentials: readonly OzonCredential[];
}

/** Ozon's documented limits. */
export const defaultLimits: EmulatorLimits = {
  requestsPerSecond: 50,
  stockRequestsPerMinute: 80,
  stockPairsPerRequest: 100,
  stockPairIntervalMs: 30_000,
  priceUpdatesPerHour: 10,
  importItemsPerMinute: 1000,
};

export const defaultCredentials: readonly OzonCredential[] = [
  { clientId: '123456', apiKey: 'emulator-api-key' },
];

/** Builds an Ozon Seller API emulator as strict as Ozon: see bridge/scaffold/ozon-emulator/README.md. */
export function createOzonEmulator(options: OzonEmulatorOptions = {}): OzonEmulator {
  const clock = options.clock ?? systemClock;
  const limits = { ...defaultLimits, ...options.limits };
  const docs = options.openApiDocPaths === false ? {} : (options.openApiDocPaths ?? defaultDocumentPaths());
  const config = {
    currency: options.currency ?? 'RUB',
    taskPendingMs: options.taskPendingMs ?? 2_000,
    moderationMs: options.moderationMs ?? 10_000,
    shipDelayMs: options.shipDelayMs ?? 1_000,
    statusDelayMs: options.statusDelayMs ?? 1_000,
    limits,
    catalogue: options.seed ?? seedCatalogue,
  };
  const handlers: HandlerTable = {
    ...productHandlers,
    ...importHandlers,
    ...categoryHandlers,
    ...stockHandlers,
    ...warehouseHandlers,
    ...priceHandlers,
    ...postingHandlers,
    ...postingActionHandlers,
    ...rfbsHandlers,
    roles: rolesHandler(clock.now()),
  };
  const runtime: EmulatorRuntime = {
    state: createState(config, clock.now()),
    clock,
    credentials: [...(options.credentials ?? defaultCredentials)],
    faults: new FaultInjector(options.faultSeed ?? 1),
    recorder: new RequestRecorder(),
    limiters: {
      perSecond: new SlidingWindow(limits.requestsPerSecond, 1_000),
      stocks: new SlidingWindow(limits.stockRequestsPerMinute, 60_000),
      importItems: new SlidingWindow(limits.importItemsPerMinute, 60_000),
    },
    documents: { en: loadDocument(docs.en), ru: loadDocument(docs.ru) },
    handlers,
  };
  const control = createControl(runtime);
  const app = new Hono();
  app.route('/__control', controlRoutes(control));
  app.all('*', (c) => handleOzonRequest(runtime, c.req.raw));

  const inProcessFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const response = await app.fetch(new Request(input, init));
    if (response.headers.has(DROP_HEADER)) {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    }
    return response;
  };

  return {
    app,
    fetch: inProcessFetch as typeof fetch,
    control,
    get state() {
      return runtime.state;
    },
    clock,
    credentials: runtime.credentials,
  };
}
