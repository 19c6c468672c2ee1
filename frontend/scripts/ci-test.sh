#!/usr/bin/env bash
# The SPA's share of `./ntm test`: install exactly what package-lock.json says (npm ci, when
# node_modules is missing or older than package-lock.json; NTM_NPM_CI=1 forces it), then every
# check that needs no running stack, and the production build into dist/ that the gateway serves.
# Stops at the first failure. The e2e suite is scripts/e2e.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> frontend: %s\n' "$*"; }
start=$SECONDS

if [[ "${NTM_NPM_CI:-0}" == 1 || ! -f node_modules/.package-lock.json ||
      package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "npm ci"
  npm ci --no-audit --no-fund
else
  step "node_modules matches package-lock.json (NTM_NPM_CI=1 to reinstall)"
fi
step "format (prettier --check)"
npm run --silent format:check
step "typed client matches openapi/gateway.json"
npm run --silent api:check
step "lint (eslint, type-aware)"
npm run --silent lint
step "typecheck (tsc, strict)"
npm run --silent typecheck
step "unit and component tests (vitest, jsdom, MSW)"
npm test --silent
step "production build (dist/, served by the gateway) and the bundle's size"
npm run --silent build

printf '\n==> frontend: all checks passed in %d s\n' "$((SECONDS - start))"
