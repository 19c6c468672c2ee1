import { http, HttpResponse } from 'msw';

import { accessTokenFor, fakeJwt, type DemoUser } from '../fake-tokens';

export const TEST_KEYCLOAK = 'http://keycloak.test';
export const TEST_ISSUER = `${TEST_KEYCLOAK}/realms/ntm`;

export type TokenRequest = Record<string, string>;

/**
 * The parts of Keycloak's OIDC endpoints the SPA talks to: discovery and the token endpoint,
 * which redeems one login code for `user`'s tokens and records each request it gets.
 */
export function keycloakHandlers(user: DemoUser, nonce: () => string | null = () => null) {
  const tokenRequests: TokenRequest[] = [];
  const tokens = {
    access: accessTokenFor(user),
    refresh: fakeJwt({ typ: 'Refresh', sub: `sub-${user.username}` }),
    id: '',
  };
  const handlers = [
    http.get(`${TEST_ISSUER}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer: TEST_ISSUER,
        authorization_endpoint: `${TEST_ISSUER}/protocol/openid-connect/auth`,
        token_endpoint: `${TEST_ISSUER}/protocol/openid-connect/token`,
        end_session_endpoint: `${TEST_ISSUER}/protocol/openid-connect/logout`,
        jwks_uri: `${TEST_ISSUER}/protocol/openid-connect/certs`,
        code_challenge_methods_supported: ['S256'],
      }),
    ),
    http.post(`${TEST_ISSUER}/protocol/openid-connect/token`, async ({ request }) => {
      const form = Object.fromEntries(new URLSearchParams(await request.text()));
      tokenRequests.push(form);
      if (
        form.grant_type !== 'authorization_code' ||
        form.code !== 'the-code' ||
        !form.code_verifier
      ) {
        return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
      }
      const n = nonce();
      tokens.id = fakeJwt({
        sub: `sub-${user.username}`,
        aud: 'ntm-spa',
        preferred_username: user.username,
        name: user.name,
        ...(n ? { nonce: n } : {}),
      });
      return HttpResponse.json({
        access_token: tokens.access,
        refresh_token: tokens.refresh,
        id_token: tokens.id,
        token_type: 'Bearer',
        expires_in: 900,
        scope: 'openid profile',
      });
    }),
  ];
  return { handlers, tokenRequests, tokens };
}
