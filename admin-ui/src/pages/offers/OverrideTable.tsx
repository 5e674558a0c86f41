import { usePanel } from '../../context';
import type { OverrideRow, RuleFields } from './offer-form';
import { TextInput } from './TextInput';

interface Props {
  readonly id: string;
  readonly rows: readonly OverrideRow[];
  readonly disabled: boolean;
  readonly onChange: (rows: OverrideRow[]) => void;
}

const EMPTY: OverrideRow = { id: '', keepBack: '', percent: '', maximum: '', exclude: '' };

/** Rules for single categories or products: an OpenCart id and the fields it overrides (empty: as above). */
export function OverrideTable({ id, rows, disabled, onChange }: Props) {
  const { t } = usePanel();
  const update = (index: number, patch: Partial<OverrideRow>): void =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const field = (index: number, row: OverrideRow, key: keyof Omit<RuleFields, 'exclude'>) => (
    <td>
      <TextInput
        value={row[key]}
        label={t(`offers.${key}`)}
        placeholder={t('offers.inherit')}
        disabled={disabled}
        onValue={(value) => update(index, { [key]: value })}
      />
    </td>
  );
  return (
    <table class="table table-condensed table-bordered" id={id}>
      <thead>
        <tr>
          <td style={{ width: '130px' }}>{t('offers.opencartId')}</td>
          <td>{t('offers.keepBack')}</td>
          <td>{t('offers.percent')}</td>
          <td>{t('offers.maximum')}</td>
          <td>{t('offers.exclude')}</td>
          <td style={{ width: '1px' }} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          // Rows have no identity but their place: an id being typed changes with every key.
          <tr key={index}>
            <td>
              <TextInput
                value={row.id}
                label={t('offers.opencartId')}
                disabled={disabled}
                onValue={(value) => update(index, { id: value })}
              />
            </td>
            {field(index, row, 'keepBack')}
            {field(index, row, 'percent')}
            {field(index, row, 'maximum')}
            <td>
              <select
                class="form-control input-sm"
                aria-label={t('offers.exclude')}
                value={row.exclude}
                disabled={disabled}
                onChange={(e) => update(index, { exclude: e.currentTarget.value })}
              >
                <option value="">{t('offers.inherit')}</option>
                <option value="0">{t('common.no')}</option>
                <option value="1">{t('common.yes')}</option>
              </select>
            </td>
            <td>
              <button
                type="button"
                class="btn btn-danger btn-xs"
                title={t('offers.remove')}
                disabled={disabled}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                <i class="fa fa-minus-circle" />
              </button>
            </td>
          </tr>
        ))}
        <tr>
          <td colSpan={6}>
            <button
              type="button"
              class="btn btn-default btn-xs"
              disabled={disabled}
              onClick={() => onChange([...rows, EMPTY])}
            >
              <i class="fa fa-plus-circle" /> {t('offers.add')}
            </button>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
