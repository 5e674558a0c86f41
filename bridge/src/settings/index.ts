export {
  type OfferIdSource,
  OZON_DEFAULT_API_URL,
  type OzonSettings,
  type OzonSettingsPatch,
  offerIdSources,
  ozonSettingsPatchSchema,
  ozonSettingsSchema,
  type PublicOzonSettings,
  publicOzonSettings,
  publicOzonSettingsSchema,
} from './schema';
export { createSettingsService, type SettingsService } from './service';
