export { DEFAULT_PANEL_DIST, PANEL_ENTRY, readBuiltPanel } from './built-panel';
export { createPanelHost, createPanelLogin, type PanelHost, startBridgeWithPanel } from './host';
export { CSRF_HEADER, SESSION_COOKIE } from './request-guard';
