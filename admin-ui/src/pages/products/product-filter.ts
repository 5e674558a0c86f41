import { productLifecycleStates, unitActions } from '../../../../bridge/src/contract/values';
import type { ProductQuery, ProductRow } from '../../api/client';
import type { Tone } from '../../components/StatusLabel';

export type ProductState = ProductRow['state'];
export type UnitAction = (typeof unitActions)[number];

/** Every state a product row can be in: not yet looked at, then the lifecycle the bridge stores. */
export const productStates: readonly ProductState[] = ['not_analysed', ...productLifecycleStates];

/** The label colour of a state: green on Ozon, red needing the merchant, blue on its way. */
export const stateTone: Readonly<Record<ProductState, Tone>> = {
  not_analysed: 'default',
  not_mapped: 'warning',
  invalid: 'danger',
  queued: 'primary',
  sent: 'primary',
  moderation: 'info',
  live: 'success',
  failed: 'danger',
  archived: 'default',
  disabled: 'default',
  excluded: 'default',
};

/** The label colour of a dry run's verdict: red held back, blue to send, green nothing to do. */
export const actionTone = (action: UnitAction): Tone =>
  action === 'invalid'
    ? 'danger'
    : action === 'not_mapped'
      ? 'warning'
      : action === 'unchanged'
        ? 'success'
        : action === 'create' || action === 'update' || action === 'unarchive'
          ? 'primary'
          : 'default';

/** The list filter as the URL hash keeps it. */
export interface ProductFilter {
  state: ProductState | '';
  /** The last dry run's verdict (a count of its report). */
  dryRun: UnitAction | '';
  category: string;
  q: string;
  page: number;
}

export const PAGE_SIZE = 25;

/** The product filter from the page's hash parameters; unknown states, ids and pages fall back to "all" and 1. */
export function productFilterFromParams(params: Readonly<Record<string, string>>): ProductFilter {
  const page = Number(params.page);
  return {
    state: productStates.find((s) => s === params.state) ?? '',
    dryRun: unitActions.find((a) => a === params.dryRun) ?? '',
    category: /^[0-9]+$/.test(params.category ?? '') ? (params.category ?? '') : '',
    q: params.q ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Hash parameters for a filter (defaults left out). */
export function paramsOf(filter: ProductFilter): Record<string, string | undefined> {
  return {
    state: filter.state || undefined,
    dryRun: filter.dryRun || undefined,
    category: filter.category || undefined,
    q: filter.q.trim() || undefined,
    page: filter.page > 1 ? String(filter.page) : undefined,
  };
}

/** The server query for a filter. */
export function productQueryOf(filter: ProductFilter): ProductQuery {
  return {
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.dryRun ? { dryRun: filter.dryRun } : {}),
    ...(filter.category ? { category: Number(filter.category) } : {}),
    ...(filter.q.trim() ? { q: filter.q.trim() } : {}),
    page: filter.page,
    pageSize: PAGE_SIZE,
  };
}
