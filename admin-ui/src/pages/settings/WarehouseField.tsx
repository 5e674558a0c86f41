import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';

interface Props {
  readonly configured: boolean;
  readonly value: string;
  readonly disabled: boolean;
  readonly onChange: (warehouseId: string) => void;
}

/**
 * The default warehouse: a list of the seller's Ozon warehouses once the stored credentials can read them,
 * otherwise (not connected yet, or Ozon refused) a plain id field with the reason underneath.
 */
export function WarehouseField({ configured, value, disabled, onChange }: Props) {
  const { api, t } = usePanel();
  const warehouses = useResource(
    (signal) => (configured ? api.settings.warehouses({ signal }) : Promise.resolve(undefined)),
    [configured],
  );
  const items = warehouses.data?.items;
  if (items && items.length > 0) {
    return (
      <select
        id="input-default-warehouse"
        name="defaultWarehouseId"
        class="form-control"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t('common.none')}</option>
        {items.some((w) => w.id === value) || value === '' ? null : <option value={value}>{value}</option>}
        {items.map((w) => (
          <option value={w.id} key={w.id}>
            {w.name} ({w.id}, {w.status})
          </option>
        ))}
      </select>
    );
  }
  return (
    <div>
      <input
        type="text"
        id="input-default-warehouse"
        name="defaultWarehouseId"
        class="form-control"
        inputMode="numeric"
        value={value}
        disabled={disabled}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      {warehouses.error ? <div class="help-block text-warning">{warehouses.error.message}</div> : null}
    </div>
  );
}
