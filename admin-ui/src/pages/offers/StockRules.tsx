import { FormRow } from '../../components/FormRow';
import { usePanel } from '../../context';
import { OverrideTable } from './OverrideTable';
import type { OfferForm, RuleFields } from './offer-form';
import { TextInput } from './TextInput';

interface Props {
  readonly form: OfferForm;
  readonly disabled: boolean;
  readonly onChange: (patch: Partial<OfferForm>) => void;
}

/** How much of the store's quantity Ozon is offered: store-wide, then per category and per product. */
export function StockRules({ form, disabled, onChange }: Props) {
  const { t } = usePanel();
  const rule = (patch: Partial<RuleFields>): void => onChange({ rule: { ...form.rule, ...patch } });
  const field = (key: 'keepBack' | 'percent' | 'maximum', placeholder?: string) => (
    <FormRow id={`input-stock-${key}`} label={t(`offers.${key}`)}>
      <TextInput
        id={`input-stock-${key}`}
        value={form.rule[key]}
        disabled={disabled}
        {...(placeholder ? { placeholder } : {})}
        onValue={(value) => rule({ [key]: value })}
      />
    </FormRow>
  );
  return (
    <div id="meschain-stock-rules">
      {field('keepBack')}
      {field('percent')}
      {field('maximum', t('offers.noMaximum'))}
      <FormRow id="input-stock-exclude" label={t('offers.exclude')} help={t('offers.stockHelp')}>
        <select
          id="input-stock-exclude"
          class="form-control input-sm"
          value={form.rule.exclude}
          disabled={disabled}
          onChange={(e) => rule({ exclude: e.currentTarget.value })}
        >
          <option value="0">{t('common.no')}</option>
          <option value="1">{t('common.yes')}</option>
        </select>
      </FormRow>
      <h4>{t('offers.byCategory')}</h4>
      <OverrideTable
        id="meschain-category-rules"
        rows={form.categories}
        disabled={disabled}
        onChange={(categories) => onChange({ categories })}
      />
      <h4>{t('offers.byProduct')}</h4>
      <OverrideTable
        id="meschain-product-rules"
        rows={form.products}
        disabled={disabled}
        onChange={(products) => onChange({ products })}
      />
      <p class="help-block">{t('offers.overrideHelp')}</p>
    </div>
  );
}
