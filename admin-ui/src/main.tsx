import { render } from 'preact';
import { createApiClient } from './api/client';
import { createTransport } from './api/transport';
import { App } from './app';
import { readPanelConfig } from './config';
import { PanelContext, type PanelServices } from './context';
import { createTranslator, formatters } from './i18n';
import { createRouter } from './router';
import './styles/panel.css';

/** The element the OpenCart module page (and the bridge's demo page) renders for the panel. */
export const MOUNT_ID = 'meschain-ozon-app';

function mount(): void {
  const element = document.getElementById(MOUNT_ID);
  if (!element) {
    return;
  }
  const config = readPanelConfig(element.dataset);
  const services: PanelServices = {
    config,
    api: createApiClient(createTransport(config.transport)),
    t: createTranslator(config.language),
    fmt: formatters(config.language),
    router: createRouter(window, config.initialPage),
  };
  element.replaceChildren();
  render(
    <PanelContext.Provider value={services}>
      <App />
    </PanelContext.Provider>,
    element,
  );
}

mount();
