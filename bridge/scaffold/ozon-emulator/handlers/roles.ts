import { ozonOperations } from '../../../src/ozon/schemas';
import type { Handler } from './types';

const SIX_MONTHS_MS = 182 * 86_400_000;

/** POST /v1/roles (AccessAPI_RolesByToken): an admin key that expires six months after the emulator started. */
export function rolesHandler(keyCreatedAt: number): Handler<'roles'> {
  return () => ({
    expires_at: new Date(keyCreatedAt + SIX_MONTHS_MS).toISOString(),
    roles: [{ name: 'Admin', methods: Object.values(ozonOperations).map((op) => op.path) }],
  });
}
