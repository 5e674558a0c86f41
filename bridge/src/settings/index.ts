export { publicOzonSettings } from './public-settings';
export { createSettingsService, type SettingsService } from './service';
