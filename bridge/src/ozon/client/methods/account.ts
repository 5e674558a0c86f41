import type { OzonResponse } from '../../schemas';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';

export type RolesInfo = OzonResponse<'roles'>;

/** The API key itself. */
export function accountMethods(t: OzonTransport) {
  return {
    /** POST /v1/roles (AccessAPI_RolesByToken): the key's roles, allowed methods and expiry. */
    async roles(options: Pick<CallOptions, 'signal'> = {}): Promise<RolesInfo> {
      return t.call(ops.roles, {}, options);
    },
  };
}
