import * as z from 'zod/mini';

/**
 * Settings read when the app starts from `/config.json`, served next to the bundle, so one build
 * runs under `vite`, behind the gateway and behind nginx. Missing fields take the local defaults.
 */
const runtimeConfigSchema = z.object({
  keycloakUrl: z._default(z.url(), 'http://localhost:8180'),
  realm: z._default(z.string().check(z.minLength(1)), 'ntm'),
  clientId: z._default(z.string().check(z.minLength(1)), 'ntm-spa'),
  // '' means the origin that served the SPA (the gateway in every deployment).
  apiBaseUrl: z._default(z.union([z.literal(''), z.url()]), ''),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema> & {
  /** The OIDC issuer, e.g. http://localhost:8180/realms/ntm. */
  authority: string;
};

export const CONFIG_PATH = '/config.json';

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const result = runtimeConfigSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new RuntimeConfigError(`${CONFIG_PATH} is invalid: ${issues}`);
  }
  const config = result.data;
  const keycloakUrl = config.keycloakUrl.replace(/\/+$/, '');
  return {
    ...config,
    keycloakUrl,
    apiBaseUrl: config.apiBaseUrl.replace(/\/+$/, ''),
    authority: `${keycloakUrl}/realms/${encodeURIComponent(config.realm)}`,
  };
}

/** Fetches and validates `/config.json`; a 404 means "use the local defaults". */
export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchFn(CONFIG_PATH, { cache: 'no-store' });
  if (response.status === 404) return parseRuntimeConfig({});
  if (!response.ok) {
    throw new RuntimeConfigError(`${CONFIG_PATH} answered ${response.status}`);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new RuntimeConfigError(`${CONFIG_PATH} is not JSON`);
  }
  return parseRuntimeConfig(raw);
}
