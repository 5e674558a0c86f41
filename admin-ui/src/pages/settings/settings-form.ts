import {
  type OzonSettings,
  type OzonSettingsPatchInput,
  ozonApiUrlSchema,
  ozonSettingsPatchSchema,
} from '../../../../bridge/src/settings/schema';
import type { SettingsResponse } from '../../api/client';
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

/** Fields with a message of the panel's own, in the admin's language; others show the schema's words. */
const fieldMessages: Readonly<Record<string, MessageKey>> = {
  clientId: 'settings.field.clientId',
  apiKey: 'settings.field.apiKey',
  apiUrl: 'settings.field.apiUrl',
  descriptionLanguage: 'settings.field.descriptionLanguage',
  defaultWarehouseId: 'settings.field.defaultWarehouseId',
};

/** Validates with the bridge's own schema; errors keyed by top-level field. */
export function validateForm(form: SettingsForm, t: (key: MessageKey) => string): FieldErrors {
  const result = ozonSettingsPatchSchema.safeParse(patchFromForm(form));
  if (result.success) {
    return {};
  }
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '(form)');
    const key = fieldMessages[field];
    const message = key ? t(key) : issue.message;
    if (!errors[field]?.includes(message)) {
      errors[field] = [...(errors[field] ?? []), message];
    }
  }
  return errors;
}

/**
 * The bridge sends the stored key only to the API URL it was saved with, so a new URL needs the key typed again;
 * said here by the field before the bridge refuses the save.
 */
export function keyErrorsForUrl(
  form: SettingsForm,
  ozon: SettingsResponse['ozon'],
  t: (key: MessageKey) => string,
): FieldErrors {
  const url = ozonApiUrlSchema.safeParse(form.apiUrl);
  const moved = url.success && url.data !== ozon.apiUrl;
  return moved && ozon.apiKey.set && form.apiKey.trim() === ''
    ? { apiKey: [t('settings.field.apiKeyForUrl')] }
    : {};
}

/** The bridge's VALIDATION_FAILED fields (dotted paths) by top-level field, in the panel's words when it has some. */
export function serverFieldErrors(fields: FieldErrors, t: (key: MessageKey) => string): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const field = path.split('.')[0] ?? path;
    const key = fieldMessages[field];
    errors[field] = [...(errors[field] ?? []), ...(key ? [t(key)] : messages)];
  }
  return errors;
}
