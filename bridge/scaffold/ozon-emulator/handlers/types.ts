import type { z } from 'zod';
import type { OzonOperationName, ozonOperations } from '../../../src/ozon/schemas';
import type { SlidingWindow } from '../limits/sliding-window';
import type { EmulatorState } from '../state/types';

/** Per-account method limiters (the global per-second one lives in the pipeline). */
export interface MethodLimiters {
  /** /v2/products/stocks requests per minute. */
  stocks: SlidingWindow;
  /** Product items per minute across /v3/product/import. */
  importItems: SlidingWindow;
}

/** What a handler sees besides the validated body. */
export interface HandlerContext {
  readonly state: EmulatorState;
  /** Clock time of the request, ms since the epoch. */
  readonly now: number;
  readonly clientId: string;
  readonly limiters: MethodLimiters;
}

/** Handles one operation: gets the validated request, returns the JSON answer or throws `OzonApiError`. */
export type Handler<N extends OzonOperationName> = (
  body: z.output<(typeof ozonOperations)[N]['request']>,
  ctx: HandlerContext,
) => unknown;

export type HandlerTable = { readonly [N in OzonOperationName]: Handler<N> };
