import * as z from 'zod/mini';

import { isRole, type Role } from './roles';

export type AuthUser = {
  username: string;
  displayName: string;
  /** Known realm roles only; anything else in the claim is ignored. */
  roles: Role[];
  districtCode?: string;
  departmentCode?: string;
  unitCode?: string;
};

// The claims the realm's `ntm-api` client scope puts into every access token (decision 0004).
const accessTokenClaims = z.object({
  preferred_username: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  roles: z.optional(z.array(z.string())),
  district_code: z.optional(z.string()),
  department_code: z.optional(z.string()),
  unit_code: z.optional(z.string()),
});

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** Reads a JWT's payload. No signature check: the services verify every token; the SPA only reads it. */
export function decodeJwtPayload(token: string): unknown {
  const payload = token.split('.')[1];
  if (!payload) throw new InvalidTokenError('not a JWT');
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  // Names are Vietnamese: decode UTF-8 properly, not byte-per-character.
  return JSON.parse(new TextDecoder().decode(bytes));
}

export function userFromAccessToken(accessToken: string): AuthUser {
  const parsed = accessTokenClaims.safeParse(decodeJwtPayload(accessToken));
  if (!parsed.success) {
    throw new InvalidTokenError('the access token lacks preferred_username');
  }
  const claims = parsed.data;
  const user: AuthUser = {
    username: claims.preferred_username,
    displayName: claims.name?.trim() || claims.preferred_username,
    roles: (claims.roles ?? []).filter(isRole),
  };
  if (claims.district_code) user.districtCode = claims.district_code;
  if (claims.department_code) user.departmentCode = claims.department_code;
  if (claims.unit_code) user.unitCode = claims.unit_code;
  return user;
}
