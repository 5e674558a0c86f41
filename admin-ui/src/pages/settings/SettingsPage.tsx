import { useState } from 'preact/hooks';
import { currencyCodes, offerIdSources, vatRates } from '../../../../bridge/src/contract/values';
import type { SettingsResponse } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormRow } from '../../components/FormRow';
import { PanelBox } from '../../components/PanelBox';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { useResource } from '../../hooks/use-resource';
import { ConnectionResult } from './ConnectionResult';
import { fieldErrorsOf, formFromSettings, patchFromForm, type SettingsForm } from './settings-form';
import { WarehouseField } from './WarehouseField';

/** Picks the option the user chose from a fixed list, so the form state keeps the schema's literal types. */
function choose<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

/** The language the export takes texts from with the settings as saved, and a chosen one the store lacks. */
function TextLanguageNote({ settings }: { settings: SettingsResponse }) {
  const { t } = usePanel();
  const stored = settings.ozon.descriptionLanguage;
  const missing = stored !== '' && settings.store.textLanguage.source !== 'chosen';
  return (
    <span id="meschain-text-language">
      {missing ? `${t('settings.textLanguageMissing', { code: stored })}. ` : ''}
      {t('settings.textLanguageUsed', { name: settings.store.textLanguage.name })}
    </span>
  );
}

function SettingsFormView({ initial }: { initial: SettingsResponse }) {
  const { api, t, config } = usePanel();
  const [loaded, setLoaded] = useState(initial);
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(initial.ozon));
  // The form as last sent, and by which button: the bridge's field errors are shown against what it was sent.
  const [attempt, setAttempt] = useState<{ action: 'save' | 'check'; form: SettingsForm } | undefined>();
  const [savedNotice, setSavedNotice] = useState(false);
  const save = useAction((patch: ReturnType<typeof patchFromForm>) => api.settings.save(patch));
  const check = useAction((patch: ReturnType<typeof patchFromForm>) => api.settings.checkConnection(patch));
  const disabled = !config.canModify;
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void => {
    setForm((f) => ({ ...f, [key]: value }));
    setSavedNotice(false);
  };

  // The bridge is the one validator: the form goes as typed, and its VALIDATION_FAILED fields mark the rows.
  const errors = attempt
    ? fieldErrorsOf(attempt.action === 'save' ? save.error : check.error, attempt.form, loaded.ozon, t)
    : {};
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setAttempt({ action: 'save', form });
    const saved = await save.run(patchFromForm(form));
    if (saved) {
      setForm(formFromSettings(saved.ozon));
      setSavedNotice(true);
      setLoaded(saved);
    }
  };
  const runCheck = async (): Promise<void> => {
    setAttempt({ action: 'check', form });
    await check.run(patchFromForm(form));
  };

  const stored = loaded.ozon.apiKey.set;
  return (
    <form class="form-horizontal" id="meschain-settings-form" onSubmit={submit} noValidate>
      {disabled ? <div class="alert alert-info">{t('common.readOnly')}</div> : null}
      {savedNotice ? (
        <div class="alert alert-success" id="meschain-settings-saved">
          <i class="fa fa-check-circle" /> {t('settings.saved')}
        </div>
      ) : null}
      <ErrorAlert error={save.error} />
      <FormRow
        id="input-client-id"
        label={t('settings.clientId')}
        errors={errors.clientId}
        help={t('settings.clientIdHelp')}
        required
      >
        <input
          type="text"
          id="input-client-id"
          name="clientId"
          class="form-control"
          inputMode="numeric"
          autoComplete="off"
          value={form.clientId}
          disabled={disabled}
          onInput={(e) => set('clientId', e.currentTarget.value)}
        />
      </FormRow>
      <FormRow
        id="input-api-key"
        label={t('settings.apiKey')}
        errors={errors.apiKey}
        help={t('settings.apiKeyHelp')}
        required={!stored}
      >
        <input
          type="password"
          id="input-api-key"
          name="apiKey"
          class="form-control"
          autoComplete="new-password"
          placeholder={stored ? t('settings.apiKeyStored') : t('settings.apiKeyMissing')}
          value={form.apiKey}
          disabled={disabled}
          onInput={(e) => set('apiKey', e.currentTarget.value)}
        />
      </FormRow>
      <FormRow
        id="input-api-url"
        label={t('settings.apiUrl')}
        errors={errors.apiUrl}
        help={t('settings.apiUrlHelp')}
      >
        <input
          type="url"
          id="input-api-url"
          name="apiUrl"
          class="form-control"
          value={form.apiUrl}
          disabled={disabled}
          onInput={(e) => set('apiUrl', e.currentTarget.value)}
        />
      </FormRow>
      <FormRow
        id="input-offer-id-source"
        label={t('settings.offerIdSource')}
        errors={errors.offerIdSource}
        help={t('settings.offerIdSourceHelp')}
      >
        <select
          id="input-offer-id-source"
          name="offerIdSource"
          class="form-control"
          value={form.offerIdSource}
          disabled={disabled}
          onChange={(e) =>
            set('offerIdSource', choose(offerIdSources, e.currentTarget.value, form.offerIdSource))
          }
        >
          {offerIdSources.map((source) => (
            <option value={source} key={source}>
              {t(`settings.offerId.${source}`)}
            </option>
          ))}
        </select>
      </FormRow>
      <FormRow
        id="input-auto-sync"
        label={t('settings.autoSync')}
        errors={errors.autoSync}
        help={t('settings.autoSyncHelp')}
      >
        <select
          id="input-auto-sync"
          name="autoSync"
          class="form-control"
          value={form.autoSync ? '1' : '0'}
          disabled={disabled}
          onChange={(e) => set('autoSync', e.currentTarget.value === '1')}
        >
          <option value="1">{t('common.enabled')}</option>
          <option value="0">{t('common.disabled')}</option>
        </select>
      </FormRow>
      <FormRow
        id="input-description-language"
        label={t('settings.descriptionLanguage')}
        errors={errors.descriptionLanguage}
        help={<TextLanguageNote settings={loaded} />}
      >
        <select
          id="input-description-language"
          name="descriptionLanguage"
          class="form-control"
          value={form.descriptionLanguage}
          disabled={disabled}
          onChange={(e) => set('descriptionLanguage', e.currentTarget.value)}
        >
          <option value="">{t('settings.textLanguageAutomatic')}</option>
          {form.descriptionLanguage === '' ||
          loaded.store.languages.some((l) => l.code === form.descriptionLanguage) ? null : (
            <option value={form.descriptionLanguage}>
              {t('settings.textLanguageMissing', { code: form.descriptionLanguage })}
            </option>
          )}
          {loaded.store.languages.map((language) => (
            <option value={language.code} key={language.code}>
              {language.name} ({language.code})
            </option>
          ))}
        </select>
      </FormRow>
      <FormRow id="input-currency" label={t('settings.currency')} errors={errors.currency}>
        <select
          id="input-currency"
          name="currency"
          class="form-control"
          value={form.currency}
          disabled={disabled}
          onChange={(e) => set('currency', choose(currencyCodes, e.currentTarget.value, form.currency))}
        >
          {currencyCodes.map((code) => (
            <option value={code} key={code}>
              {code}
            </option>
          ))}
        </select>
      </FormRow>
      <FormRow id="input-default-vat" label={t('settings.defaultVat')} errors={errors.defaultVat}>
        <select
          id="input-default-vat"
          name="defaultVat"
          class="form-control"
          value={form.defaultVat}
          disabled={disabled}
          onChange={(e) => set('defaultVat', choose(vatRates, e.currentTarget.value, form.defaultVat))}
        >
          {vatRates.map((rate) => (
            <option value={rate} key={rate}>
              {`${Math.round(Number(rate) * 100)}%`}
            </option>
          ))}
        </select>
      </FormRow>
      {loaded.store.taxClasses.map((taxClass) => (
        <FormRow
          id={`input-vat-${taxClass.id}`}
          key={taxClass.id}
          label={t('settings.vatByTaxClass', { title: taxClass.title })}
          errors={errors.vatByTaxClass}
        >
          <select
            id={`input-vat-${taxClass.id}`}
            class="form-control"
            value={form.vatByTaxClass[String(taxClass.id)] ?? ''}
            disabled={disabled}
            onChange={(e) =>
              set('vatByTaxClass', {
                ...form.vatByTaxClass,
                [String(taxClass.id)]: choose<(typeof vatRates)[number] | ''>(
                  ['', ...vatRates],
                  e.currentTarget.value,
                  '',
                ),
              })
            }
          >
            <option value="">{t('settings.vatDefaultOption')}</option>
            {vatRates.map((rate) => (
              <option value={rate} key={rate}>
                {`${Math.round(Number(rate) * 100)}%`}
              </option>
            ))}
          </select>
        </FormRow>
      ))}
      <FormRow
        id="input-default-warehouse"
        label={t('settings.defaultWarehouse')}
        errors={errors.defaultWarehouseId}
        help={t('settings.defaultWarehouseHelp')}
      >
        <WarehouseField
          configured={loaded.ozon.configured}
          value={form.defaultWarehouseId}
          disabled={disabled}
          onChange={(id) => set('defaultWarehouseId', id)}
        />
      </FormRow>
      <div class="form-group">
        <div class="col-sm-offset-2 col-sm-10">
          <button
            type="submit"
            class="btn btn-primary"
            id="button-save-settings"
            disabled={disabled || save.pending}
          >
            <i class={`fa ${save.pending ? 'fa-spinner fa-spin' : 'fa-save'}`} /> {t('common.save')}
          </button>{' '}
          <button
            type="button"
            class="btn btn-info"
            id="button-check-connection"
            disabled={disabled || check.pending}
            onClick={runCheck}
          >
            <i class={`fa ${check.pending ? 'fa-spinner fa-spin' : 'fa-plug'}`} /> {t('settings.check')}
          </button>
          <div class="help-block">{t('settings.checkUnsaved')}</div>
        </div>
      </div>
      <ErrorAlert error={check.error} />
      {check.result ? <ConnectionResult check={check.result} /> : null}
    </form>
  );
}

/** Ozon credentials and sync options. The Api-Key is write-only: the page can replace it, never read it. */
export function SettingsPage() {
  const { api, t } = usePanel();
  const settings = useResource((signal) => api.settings.get({ signal }), []);
  return (
    <PanelBox title={t('settings.title')} icon="cog" id="meschain-settings">
      <ErrorAlert error={settings.error} />
      {settings.data ? (
        <SettingsFormView initial={settings.data} />
      ) : settings.loading ? (
        <p class="text-muted">
          <i class="fa fa-spinner fa-spin" /> {t('common.loading')}
        </p>
      ) : null}
    </PanelBox>
  );
}
