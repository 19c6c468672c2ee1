import { loadRuntimeConfig, parseRuntimeConfig, RuntimeConfigError } from './runtime-config';

const answer = (status: number, body?: unknown) => async () =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('runtime config', () => {
  it('takes the local defaults when /config.json is absent', async () => {
    expect(await loadRuntimeConfig(answer(404))).toEqual({
      keycloakUrl: 'http://localhost:8180',
      realm: 'ntm',
      clientId: 'ntm-spa',
      apiBaseUrl: '',
      authority: 'http://localhost:8180/realms/ntm',
    });
  });

  it('takes what the deployment serves, keeping defaults for the rest', async () => {
    const config = await loadRuntimeConfig(
      answer(200, {
        keycloakUrl: 'https://sso.sonla.example/',
        apiBaseUrl: 'https://ntm.sonla.example',
      }),
    );
    expect(config.authority).toBe('https://sso.sonla.example/realms/ntm');
    expect(config.apiBaseUrl).toBe('https://ntm.sonla.example');
    expect(config.clientId).toBe('ntm-spa');
  });

  it('fails fast, naming the field, on an invalid value', () => {
    expect(() => parseRuntimeConfig({ keycloakUrl: 'not a url' })).toThrow(RuntimeConfigError);
    expect(() => parseRuntimeConfig({ realm: '' })).toThrow(/realm/);
  });

  it('fails on a server error rather than guessing', async () => {
    await expect(loadRuntimeConfig(answer(500))).rejects.toThrow(/500/);
  });
});
