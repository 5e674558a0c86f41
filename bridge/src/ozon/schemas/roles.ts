import { z } from 'zod';
import { list, protoMessage, textOut } from './common';

/** POST /v1/roles (AccessAPI_RolesByToken): the key's roles, the methods it may call and when it expires. Takes `{}`. */
export const rolesRequest = protoMessage('RolesByTokenRequest', {});
export type RolesRequest = z.infer<typeof rolesRequest>;

export const rolesResponse = z.looseObject({
  expires_at: textOut,
  roles: list(z.looseObject({ name: textOut, methods: list(z.string()) })),
});
export type RolesResponse = z.infer<typeof rolesResponse>;
