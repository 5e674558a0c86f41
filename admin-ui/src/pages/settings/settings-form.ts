import type { OzonSettings, OzonSettingsPatchInput } from '../../../../bridge/src/contract/ozon-settings';
import type { SettingsResponse } from '../../api/client';
import type { PanelApiError } from '../../api/errors';
import type { MessageKey } from '../../i18n/en';

type VatRate = OzonSettings['defaultVat'];

/** The form's own state: strings as inputs hold them; the Api-Key field starts empty, always. */
export interface SettingsForm {
  clientId: string;
  apiKey: string;
  apiUrl: string;
  offerIdSource: OzonSettings['offerIdSource'];
  autoSync: boolean;
  descriptionLanguage: string;
  currency: OzonSettings['currency'];
  defaultVat: VatRate;
  /** tax_class_id → rate; '' = use the default rate. */
  vatByTaxClass: Record<string, VatRate | ''>;
  defaultWarehouseId: string;
}

export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** The form filled from the stored settings; the key is never part of them, so its field stays empty. */
export function formFromSettings(ozon: SettingsResponse['ozon']): SettingsForm {
  return {
    clientId: ozon.clientId,
    apiKey: '',
    apiUrl: ozon.apiUrl,
    offerIdSource: ozon.offerIdSource,
    autoSync: ozon.autoSync,
    descriptionLanguage: ozon.descriptionLanguage,
    currency: ozon.currency,
    defaultVat: ozon.defaultVat,
    vatByTaxClass: { ...ozon.vatByTaxClass },
    defaultWarehouseId: ozon.defaultWarehouseId ?? '',
  };
}

/** What the form sends: an empty key means "keep the stored one", an empty warehouse means none. */
export function patchFromForm(form: SettingsForm): OzonSettingsPatchInput {
  const vat: Record<string, VatRate> = {};
  for (const [taxClassId, rate] of Object.entries(form.vatByTaxClass)) {
    if (rate !== '') {
      vat[taxClassId] = rate;
    }
  }
  return {
    clientId: form.clientId,
    apiKey: form.apiKey,
    apiUrl: form.apiUrl,
    offerIdSource: form.offerIdSource,
    autoSync: form.autoSync,
    descriptionLanguage: form.descriptionLanguage,
    currency: form.currency,
    defaultVat: form.defaultVat,
    vatByTaxClass: vat,
    defaultWarehouseId: form.defaultWarehouseId.trim() === '' ? null : form.defaultWarehouseId.trim(),
  };
}

/** Fields with a message of the panel's own, in the admin's language; others show the bridge's words. */
const fieldMessages: Readonly<Record<string, MessageKey>> = {
  clientId: 'settings.field.clientId',
  apiKey: 'settings.field.apiKey',
  apiUrl: 'settings.field.apiUrl',
  descriptionLanguage: 'settings.field.descriptionLanguage',
  defaultWarehouseId: 'settings.field.defaultWarehouseId',
};

/** The stored API URL has no trailing slash; the bridge drops one from what is typed before comparing. */
const withoutTrailingSlash = (url: string): string => url.trim().replace(/\/+$/, '');

/**
 * The bridge sends the stored key only to the API URL it was saved with, so a new URL needs the key typed again.
 * Said by the key's field beside whatever else the bridge refused, so that one Save shows every field to mend
 * (the bridge checks the URL against the key only once the rest of the form is valid).
 */
export function keyErrorsForUrl(
  form: SettingsForm,
  ozon: SettingsResponse['ozon'],
  t: (key: MessageKey) => string,
): FieldErrors {
  const moved = withoutTrailingSlash(form.apiUrl) !== ozon.apiUrl;
  return moved && ozon.apiKey.set && form.apiKey === '' ? { apiKey: [t('settings.field.apiKeyForUrl')] } : {};
}

/**
 * The bridge's VALIDATION_FAILED fields (dotted paths) by top-level field, in the panel's words when it has some.
 * An empty key field is valid on its own (it keeps the stored key), so the bridge refusing it means the URL moved.
 */
function serverFieldErrors(
  fields: FieldErrors,
  sent: SettingsForm,
  t: (key: MessageKey) => string,
): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const field = path.split('.')[0] ?? path;
    const key =
      field === 'apiKey' && sent.apiKey === '' ? 'settings.field.apiKeyForUrl' : fieldMessages[field];
    // Several issues of one field (too short and has spaces) read as the one message the panel has for it.
    errors[field] = [...new Set([...(errors[field] ?? []), ...(key ? [t(key)] : messages)])];
  }
  return errors;
}

/** What to show by the fields after a save or a check of `sent` failed: nothing unless the bridge refused fields. */
export function fieldErrorsOf(
  error: PanelApiError | undefined,
  sent: SettingsForm,
  ozon: SettingsResponse['ozon'],
  t: (key: MessageKey) => string,
): FieldErrors {
  if (error?.code !== 'VALIDATION_FAILED') {
    return {};
  }
  return { ...serverFieldErrors(error.fields, sent, t), ...keyErrorsForUrl(sent, ozon, t) };
}
