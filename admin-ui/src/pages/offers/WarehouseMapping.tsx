import { stockDistributions } from '../../../../bridge/src/contract/values';
import { usePanel } from '../../context';
import type { OfferForm, WarehouseRow } from './offer-form';
import { TextInput } from './TextInput';

interface Props {
  readonly form: OfferForm;
  readonly disabled: boolean;
  readonly onChange: (patch: Partial<OfferForm>) => void;
}

/** The seller's Ozon warehouses, ticked where stock goes, with the bulky flag and, when split, each one's share. */
export function WarehouseMapping({ form, disabled, onChange }: Props) {
  const { t } = usePanel();
  const split = form.distribution === 'split';
  const update = (index: number, patch: Partial<WarehouseRow>): void =>
    onChange({ warehouses: form.warehouses.map((w, i) => (i === index ? { ...w, ...patch } : w)) });
  return (
    <div id="meschain-warehouses">
      <table class="table table-condensed table-bordered">
        <thead>
          <tr>
            <td style={{ width: '1px' }} />
            <td>{t('offers.warehouse')}</td>
            <td class="text-center">{t('offers.bulky')}</td>
            {split ? <td style={{ width: '110px' }}>{t('offers.share')}</td> : null}
          </tr>
        </thead>
        <tbody>
          {form.warehouses.length === 0 ? (
            <tr>
              <td colSpan={4} class="text-muted">
                {t('offers.noWarehouses')}
              </td>
            </tr>
          ) : null}
          {form.warehouses.map((w, index) => (
            <tr key={w.warehouseId} data-warehouse-id={w.warehouseId}>
              <td>
                <input
                  type="checkbox"
                  class="meschain-warehouse-on"
                  aria-label={w.name}
                  checked={w.checked}
                  disabled={disabled}
                  onChange={(e) => update(index, { checked: e.currentTarget.checked })}
                />
              </td>
              <td class="meschain-break">
                {w.name} <span class="text-muted small">{w.warehouseId}</span>
              </td>
              <td class="text-center">
                <input
                  type="checkbox"
                  class="meschain-warehouse-bulky"
                  aria-label={t('offers.bulky')}
                  checked={w.bulky}
                  disabled={disabled}
                  onChange={(e) => update(index, { bulky: e.currentTarget.checked })}
                />
              </td>
              {split ? (
                <td>
                  <TextInput
                    value={w.share}
                    label={t('offers.share')}
                    disabled={disabled || !w.checked}
                    onValue={(share) => update(index, { share })}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="form-inline">
        <label for="input-distribution">{t('offers.distribution')}</label>{' '}
        <select
          id="input-distribution"
          class="form-control input-sm"
          value={form.distribution}
          disabled={disabled}
          onChange={(e) => onChange({ distribution: e.currentTarget.value === 'split' ? 'split' : 'same' })}
        >
          {stockDistributions.map((d) => (
            <option value={d} key={d}>
              {t(`offers.distribution.${d}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
