import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium through playwright-core against a running stack:
// Node environment, one file at a time, generous timeouts (Keycloak logins on a 2-core machine).
export default defineConfig({
  test: {
    environment: 'node',
    globals: true,
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
