import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api/client';
import type { PanelConfig } from './config';
import type { Connection } from './connection/connection';
import type { Formatters, Translate } from './i18n';
import type { Router } from './router';

/** What every component may use, created once in main.tsx and handed down through context (no globals). */
export interface PanelServices {
  readonly config: PanelConfig;
  readonly api: ApiClient;
  readonly t: Translate;
  readonly fmt: Formatters;
  readonly router: Router;
  readonly connection: Connection;
}

export const PanelContext = createContext<PanelServices | undefined>(undefined);

/** The panel's services; only valid below <PanelContext.Provider>. */
export function usePanel(): PanelServices {
  const services = useContext(PanelContext);
  if (!services) {
    throw new Error('usePanel() outside the panel');
  }
  return services;
}
