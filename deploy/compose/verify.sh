#!/usr/bin/env bash
# Checks what can be checked of the Docker deployment without a Docker engine; says what it skipped.
#   - docker-compose.yml: `docker compose config` (v2 plugin) or `docker-compose config` (Debian's 1.29)
#   - frontend/nginx/default.conf.template: rendered as the nginx image does, then `nginx -t`
#   - every Dockerfile's COPY sources exist after ./mvnw package (the quarkus-app layout, the loader jar)
# Exit 1 on the first failure; a tool that is missing is reported and skipped.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
ok() { printf 'ok    %s\n' "$*"; }
skip() { printf 'skip  %s\n' "$*"; }

if docker compose version >/dev/null 2>&1; then
  docker compose -f docker-compose.yml --profile demo config -q && ok "docker compose config (profile demo)"
elif command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f docker-compose.yml --profile demo config -q && ok "docker-compose $(docker-compose version --short) config (profile demo)"
else
  skip "compose: neither 'docker compose' nor 'docker-compose' (apt-get install docker-compose)"
fi

if command -v nginx >/dev/null 2>&1 && command -v envsubst >/dev/null 2>&1; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/conf.d"
  # 127.0.0.1 stands in for the compose host name `gateway`: nginx -t resolves upstream names.
  NTM_GATEWAY_UPSTREAM=127.0.0.1:8080 NTM_KEYCLOAK_PUBLIC_URL=http://localhost:8180 NTM_REALM=ntm NTM_SPA_CLIENT_ID=ntm-spa \
    envsubst '${NTM_GATEWAY_UPSTREAM} ${NTM_KEYCLOAK_PUBLIC_URL} ${NTM_REALM} ${NTM_SPA_CLIENT_ID}' \
    <frontend/nginx/default.conf.template >"$tmp/conf.d/default.conf"
  cat >"$tmp/nginx.conf" <<CONF
pid $tmp/nginx.pid;
error_log $tmp/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $tmp/b; proxy_temp_path $tmp/p; fastcgi_temp_path $tmp/f; uwsgi_temp_path $tmp/u; scgi_temp_path $tmp/s;
  include $tmp/conf.d/*.conf;
}
CONF
  nginx -t -q -p "$tmp" -c "$tmp/nginx.conf" && ok "nginx $(nginx -v 2>&1 | sed 's|.*/||') -t on frontend/nginx/default.conf.template"
else
  skip "nginx -t: nginx or envsubst missing (apt-get install nginx gettext-base)"
fi

for m in criteria-service assessment-service funding-service gateway; do
  [[ -f "$m/src/main/docker/Dockerfile.jvm" ]] || continue
  if [[ -f "$m/target/quarkus-app/quarkus-run.jar" && -d "$m/target/quarkus-app/lib" && -d "$m/target/quarkus-app/app" && -d "$m/target/quarkus-app/quarkus" ]]; then
    ok "$m: target/quarkus-app has what Dockerfile.jvm copies"
  else
    skip "$m: no target/quarkus-app yet (./mvnw -B package -DskipTests -pl $m -am)"
  fi
done
if [[ -f loader/target/ntm-loader.jar ]]; then ok "loader: target/ntm-loader.jar"; else skip "loader: no target/ntm-loader.jar yet"; fi
