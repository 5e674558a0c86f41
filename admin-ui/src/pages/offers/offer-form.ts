import type { OfferSettings, OfferSettingsPatch } from '../../api/client';

type Stock = OfferSettings['stock'];
type Prices = OfferSettings['prices'];
type Override = Stock['products'][string];

/** One of the seller's Ozon warehouses as the form shows it: ticked when stock goes there. */
export interface WarehouseRow {
  readonly warehouseId: string;
  readonly name: string;
  readonly checked: boolean;
  readonly bulky: boolean;
  readonly share: string;
}

/** The fields of a stock rule as inputs hold them; in an override, '' leaves the field to the broader rule. */
export interface RuleFields {
  readonly keepBack: string;
  readonly percent: string;
  readonly maximum: string;
  /** '1' send 0, '0' send stock, '' (overrides only) as the broader rule says. */
  readonly exclude: string;
}

export interface OverrideRow extends RuleFields {
  /** The OpenCart category or product id. */
  readonly id: string;
}

/** The page's form: strings as inputs hold them; the bridge is the one validator of what they become. */
export interface OfferForm {
  readonly warehouses: readonly WarehouseRow[];
  readonly distribution: Stock['distribution'];
  readonly rule: RuleFields;
  readonly categories: readonly OverrideRow[];
  readonly products: readonly OverrideRow[];
  readonly prices: { readonly [K in keyof Prices]: Prices[K] extends number | null ? string : Prices[K] };
}

const text = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

const fieldsOf = (rule: Override): RuleFields => ({
  keepBack: text(rule.keepBack),
  percent: text(rule.percent),
  maximum: text(rule.maximum),
  exclude: rule.exclude === undefined ? '' : rule.exclude ? '1' : '0',
});

const overridesOf = (record: Stock['products']): OverrideRow[] =>
  Object.entries(record).map(([id, rule]) => ({ id, ...fieldsOf(rule) }));

/**
 * The form from the stored rules and the warehouses Ozon lists: every listed warehouse, ticked when mapped, and
 * the mapped ones Ozon did not list (it could not be asked, or the warehouse is gone) so that none is lost.
 */
export function formFromSettings(
  settings: OfferSettings,
  listed: readonly { id: string; name: string; bulky?: boolean }[],
): OfferForm {
  const mapped = new Map(settings.stock.warehouses.map((w) => [w.warehouseId, w]));
  const rows: WarehouseRow[] = listed.map((w) => {
    const m = mapped.get(w.id);
    return {
      warehouseId: w.id,
      name: w.name,
      checked: !!m,
      // Ozon's own marking until the merchant saves the warehouse with their choice.
      bulky: m?.bulky ?? w.bulky ?? false,
      share: text(m?.share ?? 100),
    };
  });
  for (const w of settings.stock.warehouses) {
    if (!listed.some((l) => l.id === w.warehouseId)) {
      rows.push({
        warehouseId: w.warehouseId,
        name: w.name,
        checked: true,
        bulky: w.bulky,
        share: text(w.share),
      });
    }
  }
  const { prices } = settings;
  return {
    warehouses: rows,
    distribution: settings.stock.distribution,
    rule: fieldsOf(settings.stock.rule),
    categories: overridesOf(settings.stock.categories),
    products: overridesOf(settings.stock.products),
    prices: {
      ...prices,
      customerGroupId: text(prices.customerGroupId),
      markupPercent: text(prices.markupPercent),
      markupAmount: text(prices.markupAmount),
      minimumPrice: text(prices.minimumPrice),
      oldPricePercent: text(prices.oldPricePercent),
      guardrailPercent: text(prices.guardrailPercent),
    },
  };
}

/** A number typed (NaN, sent as null, for text that is none: the bridge names the field). */
const num = (value: string): number => (value.trim() === '' ? Number.NaN : Number(value));
/** A number or nothing: '' means none (no maximum, the store's default customer group). */
const numOrNull = (value: string): number | null => (value.trim() === '' ? null : num(value));

function overrideOf(row: RuleFields): Override {
  return {
    ...(row.keepBack.trim() === '' ? {} : { keepBack: num(row.keepBack) }),
    ...(row.percent.trim() === '' ? {} : { percent: num(row.percent) }),
    ...(row.maximum.trim() === '' ? {} : { maximum: num(row.maximum) }),
    ...(row.exclude === '' ? {} : { exclude: row.exclude === '1' }),
  };
}

const recordOf = (rows: readonly OverrideRow[]): Record<string, Override> =>
  Object.fromEntries(rows.map((row) => [row.id.trim(), overrideOf(row)]));

/** The whole form as the bridge takes it: both parts, each replacing the stored one. */
export function patchFromForm(form: OfferForm): OfferSettingsPatch {
  const { prices } = form;
  return {
    stock: {
      warehouses: form.warehouses
        .filter((w) => w.checked)
        .map((w) => ({ warehouseId: w.warehouseId, name: w.name, bulky: w.bulky, share: num(w.share) })),
      distribution: form.distribution,
      rule: {
        keepBack: num(form.rule.keepBack),
        percent: num(form.rule.percent),
        maximum: numOrNull(form.rule.maximum),
        exclude: form.rule.exclude === '1',
      },
      categories: recordOf(form.categories),
      products: recordOf(form.products),
    },
    prices: {
      ...prices,
      customerGroupId: numOrNull(prices.customerGroupId),
      markupPercent: num(prices.markupPercent),
      markupAmount: num(prices.markupAmount),
      minimumPrice: num(prices.minimumPrice),
      oldPricePercent: num(prices.oldPricePercent),
      guardrailPercent: num(prices.guardrailPercent),
    },
  };
}

/** The bridge's refusals by field (dotted paths such as `stock.warehouses`), as one line each. */
export function fieldErrorLines(fields: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(fields).map(([path, messages]) => `${path}: ${messages.join('; ')}`);
}
