#!/usr/bin/env bash
# The SPA's share of `./ntm test`: install exactly what package-lock.json says, then every check
# that needs no running stack. Stops at the first failure. The e2e suite is scripts/e2e.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> frontend: %s\n' "$*"; }
start=$SECONDS

step "npm ci"
npm ci --no-audit --no-fund
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
step "production build"
npm run --silent build

printf '\n==> frontend: all checks passed in %d s\n' "$((SECONDS - start))"
