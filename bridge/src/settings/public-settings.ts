import {
  type OzonSettings,
  type OzonSettingsPatch,
  ozonSettingsSchema,
  type PublicOzonSettings,
} from '../contract/ozon-settings';

/* What the settings service does with the contract's settings shapes (the schemas themselves are the contract's). */

/** The settings without the secret: the only form in which they may reach a response, a log or the browser. */
export function publicOzonSettings(settings: OzonSettings): PublicOzonSettings {
  const { apiKey, ...rest } = settings;
  return { ...rest, apiKey: { set: apiKey !== '' }, configured: apiKey !== '' && rest.clientId !== '' };
}

/** The settings after a patch: given fields replace stored ones, except an empty apiKey, which keeps the key. */
export function applyOzonSettingsPatch(current: OzonSettings, patch: OzonSettingsPatch): OzonSettings {
  const next: OzonSettings = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && !(key === 'apiKey' && value === '')) {
      Object.assign(next, { [key]: value });
    }
  }
  return ozonSettingsSchema.parse(next);
}
