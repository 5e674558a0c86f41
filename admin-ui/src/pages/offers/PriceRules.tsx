import { oldPriceModes, priceRoundings, priceSources } from '../../../../bridge/src/contract/values';
import { FormRow } from '../../components/FormRow';
import { usePanel } from '../../context';
import type { MessageKey } from '../../i18n/en';
import type { OfferForm } from './offer-form';
import { TextInput } from './TextInput';

type Prices = OfferForm['prices'];
type TextKey =
  | 'customerGroupId'
  | 'markupPercent'
  | 'markupAmount'
  | 'minimumPrice'
  | 'oldPricePercent'
  | 'guardrailPercent';

interface Props {
  readonly prices: Prices;
  readonly disabled: boolean;
  readonly onChange: (prices: Prices) => void;
}

/** Picks the option chosen from a fixed list, keeping the list's literal type. */
function choose<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

/** How a store price becomes an Ozon price: source, markup, rounding, minimum, old price, guardrail. */
export function PriceRules({ prices, disabled, onChange }: Props) {
  const { t } = usePanel();
  const set = (patch: Partial<Prices>): void => onChange({ ...prices, ...patch });
  const text = (key: TextKey, help?: MessageKey, placeholder?: string) => (
    <FormRow id={`input-price-${key}`} label={t(`offers.${key}`)} {...(help ? { help: t(help) } : {})}>
      <TextInput
        id={`input-price-${key}`}
        value={prices[key]}
        disabled={disabled}
        {...(placeholder ? { placeholder } : {})}
        onValue={(value) => set({ [key]: value })}
      />
    </FormRow>
  );
  const select = <T extends string>(
    key: 'source' | 'rounding' | 'oldPrice',
    options: readonly T[],
    value: T,
    pick: (value: T) => void,
    label: (option: T) => string,
  ) => (
    <FormRow id={`input-price-${key}`} label={t(`offers.${key}`)}>
      <select
        id={`input-price-${key}`}
        class="form-control input-sm"
        value={value}
        disabled={disabled}
        onChange={(e) => pick(choose(options, e.currentTarget.value, value))}
      >
        {options.map((option) => (
          <option value={option} key={option}>
            {label(option)}
          </option>
        ))}
      </select>
    </FormRow>
  );
  return (
    <div id="meschain-price-rules">
      {select(
        'source',
        priceSources,
        prices.source,
        (source) => set({ source }),
        (o) => t(`offers.source.${o}`),
      )}
      {text('customerGroupId', undefined, t('offers.storeDefault'))}
      {text('markupPercent')}
      {text('markupAmount')}
      {select(
        'rounding',
        priceRoundings,
        prices.rounding,
        (rounding) => set({ rounding }),
        (o) => t(`offers.rounding.${o}`),
      )}
      {text('minimumPrice')}
      {select(
        'oldPrice',
        oldPriceModes,
        prices.oldPrice,
        (oldPrice) => set({ oldPrice }),
        (o) => t(`offers.oldPrice.${o}`),
      )}
      {prices.oldPrice === 'percent' ? text('oldPricePercent') : null}
      {text('guardrailPercent', 'offers.guardrailHelp')}
    </div>
  );
}
