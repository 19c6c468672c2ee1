#!/usr/bin/env bash
# Checks deploy/kubernetes/ without a cluster: the generated copies match what the Quarkus extension writes
# (after ./mvnw package), each overlay builds with kustomize (kubectl kustomize, or kustomize), and check.py's
# structural rules hold for each build. A missing tool is reported and its check skipped.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
if ls ../../*/target/kubernetes/kubernetes.yml >/dev/null 2>&1; then
  ./generate.sh --check
  echo "ok    base/generated/ matches target/kubernetes/ of every application"
else
  echo "skip  generated copies: no target/kubernetes/ (./mvnw -B package -DskipTests)"
fi
if command -v kubectl >/dev/null 2>&1; then build() { kubectl kustomize "$1"; }
elif command -v kustomize >/dev/null 2>&1; then build() { kustomize build "$1"; }
else echo "skip  kustomize: neither kubectl nor kustomize installed"; exit 0; fi
for overlay in demo production; do
  out="$(build "overlays/$overlay")"
  if python3 -c 'import yaml' 2>/dev/null; then
    printf '%s\n' "$out" | python3 check.py "$overlay" | sed 's/^/ok    /'
  else
    echo "ok    overlays/$overlay builds ($(grep -c '^kind:' <<<"$out") objects); skip check.py (no PyYAML)"
  fi
done
