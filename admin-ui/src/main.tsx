import { effect } from '@preact/signals';
import { render } from 'preact';
import { followInAdminMenu } from './admin-menu';
import { createApiClient } from './api/client';
import { createTransport } from './api/transport';
import { App } from './app';
import { readPanelConfig } from './config';
import { watchConnection } from './connection/connection';
import { PanelContext, type PanelServices } from './context';
import { createTranslator, formatters, loadMessages } from './i18n';
import { createRouter } from './router';
import './styles/panel.css';

/** The element the OpenCart module page (and the bridge's demo page) renders for the panel. */
export const MOUNT_ID = 'meschain-ozon-app';
/** The module page's own notice, rendered when the bridge did not answer while PHP built the page. */
const PAGE_NOTICE_ID = 'meschain-ozon-bridge-down';

async function mount(): Promise<void> {
  const element = document.getElementById(MOUNT_ID);
  if (!element) {
    return;
  }
  const config = readPanelConfig(element.dataset);
  // Until the admin's texts arrive, the host page's own placeholder stays in the mount element.
  const messages = await loadMessages(config.language);
  const { transport, connection } = watchConnection(createTransport(config.transport));
  const services: PanelServices = {
    config,
    api: createApiClient(transport),
    t: createTranslator(messages, config.language),
    fmt: formatters(config.language),
    router: createRouter(window, config.initialPage),
    connection,
  };
  // Once the panel reaches the bridge, the page's notice from render time is out of date; the panel's own takes over.
  effect(() => {
    if (connection.reached.value) {
      document.getElementById(PAGE_NOTICE_ID)?.remove();
    }
  });
  followInAdminMenu(window, services.router.route);
  element.replaceChildren();
  render(
    <PanelContext.Provider value={services}>
      <App />
    </PanelContext.Provider>,
    element,
  );
}

void mount();
