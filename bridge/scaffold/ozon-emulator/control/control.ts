import { isManualClock } from '../../../src/shared/manual-clock';
import type { EmulatorRuntime } from '../runtime';
import { sampleTshirt } from '../seed/sample-items';
import { createState } from '../state/create-state';
import { initialPrice, settleImportTasks } from '../state/import-tasks';
import { doubledOffers, importsPerOffer } from '../state/imports-per-offer';
import { createPosting, requirePosting, setPostingStatus, settlePostings } from '../state/postings';
import { stockOf } from '../state/stocks';
import type { CreatePostingInput, FaultRule, QuotaInput, SeedProductInput } from './inputs';
import type { RecordedRequest } from './recorder';

/** A short summary of what was created, for tests. */
export interface SeededProduct {
  offerId: string;
  productId: number;
  sku: number;
}

/** Test controls: the same operations are served over HTTP under /__control by control/routes.ts. */
export function createControl(runtime: EmulatorRuntime) {
  const now = () => runtime.clock.now();
  return {
    /** Forgets every product, task, stock, posting, request and fault; keeps credentials. */
    reset(): void {
      runtime.state = createState(runtime.state.config, now());
      runtime.recorder.clear();
      runtime.faults.clear();
      runtime.limiters.perSecond.reset();
      runtime.limiters.stocks.reset();
      runtime.limiters.importItems.reset();
    },

    seedProducts(products: SeedProductInput[]): SeededProduct[] {
      const state = runtime.state;
      return products.map((input) => {
        const t = now();
        const item = input.item ?? sampleTshirt(input.offerId);
        state.ids.product += 1;
        state.ids.sku += 7;
        const record = {
          productId: state.ids.product,
          sku: state.ids.sku,
          offerId: input.offerId,
          item,
          createdAt: t,
          updatedAt: t,
          moderatedAt: input.onSale === false ? t + state.config.moderationMs : t,
          archived: input.archived ?? false,
          price: initialPrice(state, item),
          priceUpdates: [],
        };
        state.products.set(record.offerId, record);
        state.productsById.set(record.productId, record);
        for (const s of input.stocks ?? []) {
          stockOf(state, record.productId, s.warehouseId).present = s.present;
        }
        return { offerId: record.offerId, productId: record.productId, sku: record.sku };
      });
    },

    createPosting(input: CreatePostingInput) {
      const posting = createPosting(runtime.state, input, now());
      return {
        postingNumber: posting.postingNumber,
        orderNumber: posting.orderNumber,
        orderId: posting.orderId,
      };
    },

    /** Moves a posting to any status at once (as Ozon's own logistics would). */
    setPostingStatus(postingNumber: string, status: string, substatus = ''): void {
      const posting = requirePosting(runtime.state, postingNumber);
      setPostingStatus(runtime.state, posting, status, substatus || `posting_${status}`, now());
    },

    /** The next /v4/posting/fbs/ship of this posting ends in substatus `ship_failed`. */
    failNextShip(postingNumber: string): void {
      requirePosting(runtime.state, postingNumber).failNextShip = true;
    },

    posting(postingNumber: string) {
      settlePostings(runtime.state, now());
      return structuredClone(requirePosting(runtime.state, postingNumber));
    },

    /** A stock record, after every asynchronous change due by now has landed. */
    stock(productId: number, warehouseId: number) {
      settlePostings(runtime.state, now());
      return { ...stockOf(runtime.state, productId, warehouseId) };
    },

    injectFault(rule: FaultRule): void {
      runtime.faults.add(rule);
    },

    clearFaults(): void {
      runtime.faults.clear();
    },

    /** Error bodies carry `code` as a gRPC name ("NOT_FOUND") instead of a number while on. */
    setStringCodes(on: boolean): void {
      runtime.faults.stringCodes = on;
    },

    setQuota(quota: QuotaInput): void {
      for (const [key, value] of Object.entries(quota) as [keyof QuotaInput, number | undefined][]) {
        if (value !== undefined) {
          runtime.state.quota[key] = value;
        }
      }
    },

    /** Moves a manual clock forward; other clocks cannot be moved. */
    async advance(ms: number): Promise<void> {
      if (!isManualClock(runtime.clock)) {
        throw new Error('advance() needs the emulator to run on a manual clock');
      }
      await runtime.clock.advance(ms);
    },

    /** Accepted import tasks per offer_id, after every task due by now has been processed. */
    importCounts(): Record<string, number> {
      settleImportTasks(runtime.state, now());
      return Object.fromEntries(importsPerOffer(runtime.state));
    },

    /**
     * Offers whose same card reached the account in two tasks (see state/imports-per-offer.ts); with
     * `afterTaskId`, only those whose second copy came after that task (`state.ids.task` read before a step).
     */
    doubledImports(afterTaskId?: number): string[] {
      settleImportTasks(runtime.state, now());
      return doubledOffers(runtime.state, afterTaskId);
    },

    requests(filter?: { path?: string | undefined }): RecordedRequest[] {
      return runtime.recorder.list(filter);
    },

    clearRequests(): void {
      runtime.recorder.clear();
    },
  };
}

export type EmulatorControl = ReturnType<typeof createControl>;
