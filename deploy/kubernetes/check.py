#!/usr/bin/env python3
"""Structural checks of a kustomize build (no cluster needed): kubectl kustomize overlays/X | check.py X

Every Deployment has readiness and liveness probes, resources and an image; every ConfigMap or Secret a pod reads
exists in the build (or, for Secrets in production, is one the operator creates: base/secrets.template.yaml);
every Service selects a Deployment's pods on a port a container exposes; every Ingress backend is a Service port;
every RoleBinding names a Role of the build; no two objects share kind and name; every object is in the overlay's
namespace; production carries no Secret at all. Needs PyYAML.
"""
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding"}


def main():
    overlay = sys.argv[1]
    docs = [d for d in yaml.safe_load_all(sys.stdin) if d]
    problems = []
    by_kind = {}
    for d in docs:
        key = (d["kind"], d["metadata"]["name"])
        if key in by_kind:
            problems.append(f"duplicate {key}")
        by_kind[key] = d
        if d["kind"] not in CLUSTER_SCOPED and not d["metadata"].get("namespace"):
            problems.append(f"{key} has no namespace")
    names = lambda kind: {n for (k, n) in by_kind if k == kind}
    operator_secrets = {d["metadata"]["name"] for d in yaml.safe_load_all((HERE / "base/secrets.template.yaml").read_text()) if d}
    secrets = names("Secret") | (operator_secrets if overlay == "production" else set())
    if overlay == "production" and names("Secret"):
        problems.append(f"production build carries Secrets {sorted(names('Secret'))}")

    pod_specs = []
    for (kind, name), d in by_kind.items():
        if kind in ("Deployment", "Job"):
            pod_specs.append((kind, name, d["spec"]["template"]))
    for kind, name, template in pod_specs:
        for c in template["spec"].get("containers", []):
            where = f"{kind}/{name} container {c['name']}"
            if not c.get("image"):
                problems.append(f"{where}: no image")
            if kind == "Deployment":
                for probe in ("readinessProbe", "livenessProbe"):
                    if probe not in c:
                        problems.append(f"{where}: no {probe}")
                if not c.get("resources", {}).get("requests") or not c.get("resources", {}).get("limits"):
                    problems.append(f"{where}: resources requests and limits")
            for ref in c.get("envFrom", []):
                if "configMapRef" in ref and ref["configMapRef"]["name"] not in names("ConfigMap"):
                    problems.append(f"{where}: ConfigMap {ref['configMapRef']['name']} missing")
                if "secretRef" in ref and ref["secretRef"]["name"] not in secrets:
                    problems.append(f"{where}: Secret {ref['secretRef']['name']} missing")
            for e in c.get("env", []):
                ref = e.get("valueFrom", {}).get("configMapKeyRef")
                if ref:
                    cm = by_kind.get(("ConfigMap", ref["name"]))
                    if not cm or ref["key"] not in cm.get("data", {}):
                        problems.append(f"{where}: ConfigMap key {ref['name']}/{ref['key']} missing")

    deployments = {n: d for (k, n), d in by_kind.items() if k == "Deployment"}
    for (kind, name), svc in by_kind.items():
        if kind != "Service":
            continue
        selector = svc["spec"].get("selector", {})
        targets = [d for d in deployments.values()
                   if selector and all(d["spec"]["template"]["metadata"]["labels"].get(k) == v for k, v in selector.items())]
        if not targets:
            problems.append(f"Service/{name} selects no Deployment")
            continue
        ports = {p.get("containerPort") for d in targets for c in d["spec"]["template"]["spec"]["containers"] for p in c.get("ports", [])}
        for p in svc["spec"]["ports"]:
            if p.get("targetPort") not in ports:
                problems.append(f"Service/{name} targetPort {p.get('targetPort')} is no container port ({sorted(ports)})")
    for (kind, name), ing in by_kind.items():
        if kind != "Ingress":
            continue
        for rule in ing["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                svc = by_kind.get(("Service", backend["name"]))
                if not svc or backend["port"].get("name") not in {p.get("name") for p in svc["spec"]["ports"]}:
                    problems.append(f"Ingress/{name} {path['path']} → missing Service port {backend}")
    for (kind, name), rb in by_kind.items():
        if kind == "RoleBinding" and ("Role", rb["roleRef"]["name"]) not in by_kind:
            problems.append(f"RoleBinding/{name} refers to missing Role {rb['roleRef']['name']}")

    for p in problems:
        print(f"{overlay}: {p}", file=sys.stderr)
    kinds = {}
    for k, _ in by_kind:
        kinds[k] = kinds.get(k, 0) + 1
    print(f"{overlay}: {len(docs)} objects ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}): "
          + ("ok" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
