import { fileURLToPath } from 'node:url';

/** Where the stack under test runs; scripts/e2e.sh sets these (defaults: the local ports). */
export const env = {
  spaUrl: (process.env.NTM_SPA_URL ?? 'http://localhost:5173').replace(/\/+$/, ''),
  /** The gateway's API; the SPA calls its own origin (config.json `apiBaseUrl: ""`). */
  apiUrl: (process.env.NTM_API_URL ?? process.env.NTM_SPA_URL ?? 'http://localhost:5173').replace(
    /\/+$/,
    '',
  ),
  keycloakUrl: (process.env.NTM_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, ''),
  chromium: process.env.NTM_CHROMIUM ?? '/usr/bin/chromium',
  password: process.env.NTM_DEMO_PASSWORD ?? 'ntm-demo',
  screenshots: fileURLToPath(new URL('../../target/screenshots/', import.meta.url)),
};

export async function assertReachable(url: string, what: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    throw new Error(
      `${what} is not reachable at ${url} (${String(error)}); see frontend/README.md`,
    );
  }
}
