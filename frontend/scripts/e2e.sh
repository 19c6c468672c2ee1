#!/usr/bin/env bash
# End-to-end tests of the SPA against a running stack, in Debian's Chromium (playwright-core).
#
#   NTM_KEYCLOAK_URL  Keycloak with realm ntm (default http://localhost:8180): `./ntm up keycloak`
#   NTM_SPA_URL       the SPA to test; unset: the gateway's http://localhost:8080 when it serves the
#                     SPA (./ntm up), else build it and serve dist/ with `vite preview` on
#                     http://localhost:5173 (one of the redirect URIs of client ntm-spa), stopped after;
#                     without the gateway only the login suites can pass (the walk needs the API)
#   NTM_API_URL       the gateway's API (default: NTM_SPA_URL, the origin the SPA calls)
#   NTM_CHROMIUM      the browser (default /usr/bin/chromium; apt-get installs it when missing, as root)
#
# Arguments go to vitest (e.g. a file filter: scripts/e2e.sh assessment-walk).
# Screenshots: frontend/target/screenshots/. Exit code: the suite's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NTM_KEYCLOAK_URL="${NTM_KEYCLOAK_URL:-http://localhost:8180}"
export NTM_CHROMIUM="${NTM_CHROMIUM:-/usr/bin/chromium}"

if [[ ! -x "$NTM_CHROMIUM" ]]; then
  if [[ "$NTM_CHROMIUM" == /usr/bin/chromium && $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "e2e: installing Debian's chromium (never a downloaded browser)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
  else
    echo "e2e: no Chromium at $NTM_CHROMIUM: apt-get install chromium, or set NTM_CHROMIUM" >&2
    exit 1
  fi
fi

[[ -d node_modules ]] || npm ci --no-audit --no-fund
rm -rf target/screenshots

wait_for() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1"; do
    if ((SECONDS > deadline)); then echo "e2e: $1 did not answer within $2 s" >&2; return 1; fi
    sleep 1
  done
}

wait_for "$NTM_KEYCLOAK_URL/realms/ntm/.well-known/openid-configuration" 10 \
  || { echo "e2e: start Keycloak first (./ntm up keycloak)" >&2; exit 1; }

preview_pid=""
cleanup() { [[ -n "$preview_pid" ]] && kill "$preview_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [[ -z "${NTM_SPA_URL:-}" ]] && curl -fsS -o /dev/null http://localhost:8080/config.json; then
  export NTM_SPA_URL="http://localhost:8080"
fi
if [[ -z "${NTM_SPA_URL:-}" ]]; then
  if curl -fsS -o /dev/null http://localhost:5173/; then
    echo "e2e: something already listens on 5173; set NTM_SPA_URL=http://localhost:5173 to test it" >&2
    exit 1
  fi
  npm run build --silent >/dev/null
  mkdir -p target
  ./node_modules/.bin/vite preview --port 5173 --strictPort >target/preview.log 2>&1 &
  preview_pid=$!
  export NTM_SPA_URL="http://localhost:5173"
  wait_for "$NTM_SPA_URL/config.json" 30
fi

echo "e2e: SPA $NTM_SPA_URL, API ${NTM_API_URL:-$NTM_SPA_URL}, Keycloak $NTM_KEYCLOAK_URL, browser $NTM_CHROMIUM"
start=$SECONDS
status=0
npm run --silent test:e2e -- "$@" || status=$?
echo "e2e: $((SECONDS - start)) s; screenshots in $(pwd)/target/screenshots"
exit $status
