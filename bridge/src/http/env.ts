import type { Services } from '../services/services';

/** What every route finds on its context: the services built by the composition root, and the request's id. */
export interface AppEnv {
  Variables: {
    services: Services;
    requestId: string;
  };
}
