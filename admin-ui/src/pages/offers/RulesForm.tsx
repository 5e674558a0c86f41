import { useState } from 'preact/hooks';
import type { OfferSettings } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PanelBox } from '../../components/PanelBox';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { useResource } from '../../hooks/use-resource';
import { fieldErrorLines, formFromSettings, type OfferForm, patchFromForm } from './offer-form';
import { PriceRules } from './PriceRules';
import { StockRules } from './StockRules';
import { WarehouseMapping } from './WarehouseMapping';

type Listed = readonly { id: string; name: string }[];

function RulesEditor({
  initial,
  listed,
  onSaved,
}: {
  initial: OfferSettings;
  listed: Listed;
  onSaved: () => void;
}) {
  const { api, t, config } = usePanel();
  const [form, setForm] = useState<OfferForm>(() => formFromSettings(initial, listed));
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    const stored = await api.offers.saveSettings(patchFromForm(form));
    setForm(formFromSettings(stored, listed));
    setSaved(true);
    onSaved();
    return stored;
  });
  const disabled = !config.canModify || save.pending;
  const change = (patch: Partial<OfferForm>): void => {
    setForm((f) => ({ ...f, ...patch }));
    setSaved(false);
  };
  const submit = (event: Event): void => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form class="form-horizontal" id="meschain-offer-rules" onSubmit={submit} noValidate>
      <PanelBox title={t('offers.warehouses')} icon="building">
        <WarehouseMapping form={form} disabled={disabled} onChange={change} />
      </PanelBox>
      <PanelBox title={t('offers.stockRules')} icon="cubes">
        <StockRules form={form} disabled={disabled} onChange={change} />
      </PanelBox>
      <PanelBox title={t('offers.priceRules')} icon="money">
        <PriceRules prices={form.prices} disabled={disabled} onChange={(prices) => change({ prices })} />
      </PanelBox>
      {saved ? (
        <div class="alert alert-success" id="meschain-rules-saved">
          <i class="fa fa-check-circle" /> {t('offers.saved')}
        </div>
      ) : null}
      <ErrorAlert error={save.error} />
      {save.error ? (
        <ul class="text-danger" id="meschain-rules-errors">
          {fieldErrorLines(save.error.fields).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <button type="submit" class="btn btn-primary" id="button-save-rules" disabled={disabled}>
          <i class={`fa ${save.pending ? 'fa-spinner fa-spin' : 'fa-save'}`} /> {t('common.save')}
        </button>
      </p>
    </form>
  );
}

/**
 * The rules, edited as one form: warehouses, stock and prices. Ozon's warehouse list is read with the stored
 * credentials; without it the form still shows (and keeps) the warehouses already mapped.
 */
export function RulesForm({ onSaved }: { onSaved: () => void }) {
  const { api, t } = usePanel();
  const settings = useResource((signal) => api.offers.settings({ signal }), []);
  const warehouses = useResource((signal) => api.settings.warehouses({ signal }), []);
  const ready = settings.data && !warehouses.loading;
  return (
    <div id="meschain-offer-rules-box">
      <ErrorAlert error={settings.error ?? warehouses.error} />
      {ready && settings.data ? (
        <RulesEditor initial={settings.data} listed={warehouses.data?.items ?? []} onSaved={onSaved} />
      ) : settings.error ? null : (
        <p class="text-muted">
          <i class="fa fa-spinner fa-spin" /> {t('common.loading')}
        </p>
      )}
    </div>
  );
}
