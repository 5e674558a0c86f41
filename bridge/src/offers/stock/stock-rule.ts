import {
  OZON_STOCK_MAX,
  type StockRule,
  type StockRuleOverride,
  type StockSettings,
  type StockWarehouse,
} from '../../contract/offers';

/** What the store holds for one offer, as the rules need it. */
export interface StockSource {
  readonly productId: number;
  /** The OpenCart quantity: the product's, or the option value's for a variant. */
  readonly quantity: number;
  /** The product is enabled, in the store, not excluded from Ozon: else nothing is offered. */
  readonly sellable: boolean;
  readonly categoryIds: readonly number[];
  /** Ozon's reserve for postings the store does not hold yet (see README: `unstored`). */
  readonly unstoredReserve: number;
}

/** The rule for one product: the store's, overridden by its categories' (the smallest result wins), then its own. */
export function ruleFor(
  settings: StockSettings,
  productId: number,
  categoryIds: readonly number[],
): StockRule[] {
  const own: StockRuleOverride | undefined = settings.products[String(productId)];
  const byCategory = categoryIds
    .map((id) => settings.categories[String(id)])
    .filter((o): o is StockRuleOverride => o !== undefined);
  const bases = byCategory.length > 0 ? byCategory.map((o) => overridden(settings.rule, o)) : [settings.rule];
  return bases.map((base) => overridden(base, own));
}

/** The rule with the fields an override sets. */
function overridden(rule: StockRule, override: StockRuleOverride | undefined): StockRule {
  return {
    keepBack: override?.keepBack ?? rule.keepBack,
    percent: override?.percent ?? rule.percent,
    maximum: override?.maximum === undefined ? rule.maximum : override.maximum,
    exclude: override?.exclude ?? rule.exclude,
  };
}

function apply(rule: StockRule, available: number): number {
  if (rule.exclude) {
    return 0;
  }
  const afterKeep = Math.max(0, available - rule.keepBack);
  const share = Math.floor((afterKeep * rule.percent) / 100);
  return rule.maximum === null ? share : Math.min(share, rule.maximum);
}

/** How many units Ozon is offered in all: the rules applied to what the store can still sell (README). */
export function offeredQuantity(source: StockSource, settings: StockSettings): number {
  if (!source.sellable) {
    return 0;
  }
  const available = Math.max(0, source.quantity - source.unstoredReserve);
  const results = ruleFor(settings, source.productId, source.categoryIds).map((rule) =>
    apply(rule, available),
  );
  return Math.min(OZON_STOCK_MAX, ...results);
}

/** The warehouses an offer may be stocked at: bulky (КГТ) offers only at bulky warehouses, the others elsewhere. */
export function warehousesFor(settings: StockSettings, bulky: boolean): StockWarehouse[] {
  return settings.warehouses.filter((w) => w.bulky === bulky);
}

/**
 * The quantity per warehouse: the whole offer at each (`same`), or each warehouse's share rounded down with what
 * rounding left over going to the first (`split`), so the shares never add up to more than the store has.
 */
export function perWarehouse(
  offered: number,
  warehouses: readonly StockWarehouse[],
  distribution: StockSettings['distribution'],
): Map<string, number> {
  const out = new Map<string, number>();
  if (distribution === 'same') {
    for (const w of warehouses) {
      out.set(w.warehouseId, offered);
    }
    return out;
  }
  let given = 0;
  for (const w of warehouses) {
    const part = Math.floor((offered * w.share) / 100);
    out.set(w.warehouseId, part);
    given += part;
  }
  const first = warehouses[0];
  if (first) {
    out.set(first.warehouseId, (out.get(first.warehouseId) ?? 0) + (offered - given));
  }
  return out;
}
