#!/usr/bin/env python3
"""Generate deploy/keycloak/ntm-realm.json (demo) and ntm-realm-production.json, the realm `ntm` (DESIGN.md §5, §7).

Python 3 standard library only. Reads the 2019 unit list (12 districts, 204 communes) from
data/units/son_la_units_2019.csv so that user names and scope claims use real GSO codes.

    python3 deploy/keycloak/generate-realm.py               # rewrite the demo JSON next to this script
    python3 deploy/keycloak/generate-realm.py --production  # rewrite ntm-realm-production.json
    python3 deploy/keycloak/generate-realm.py --check       # exit 1 if either committed JSON is stale, or
                                                            # the production one has a user, a demo client or a secret

The demo realm is for demonstration and tests only: every user has the password `ntm-demo`, the
`ntm-cli` client allows the password grant, and `external-demo` has a committed secret.

The production realm has the same roles, claims (client scope ntm-api) and user profile, and nothing
else: no users, no ntm-cli, no external client, no secret; 5-minute access tokens, 30-minute SSO idle
timeout, brute-force protection, a strong password policy, new accounts must set their own password
and an authenticator app. The SPA's address comes from the environment variable NTM_SPA_URL when
Keycloak imports the file (`kc.sh start --import-realm` replaces ${NTM_SPA_URL}), so the redirect URIs
are exact: ${NTM_SPA_URL}/ and ${NTM_SPA_URL}/logged-out, the two the SPA uses.
"""
import argparse
import csv
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
UNITS_2019 = ROOT / "data" / "units" / "son_la_units_2019.csv"
OUTPUT = HERE / "ntm-realm.json"
PRODUCTION_OUTPUT = HERE / "ntm-realm-production.json"
# The OIDC client scopes Keycloak 26.7.3 creates for a new realm (basic, profile, email, roles, ...),
# read once from a fresh realm through the admin API, ids removed. A realm file that lists any
# client scope must list them all: Keycloak creates its defaults only when `clientScopes` is absent.
STANDARD_SCOPES = HERE / "keycloak-standard-client-scopes.json"
# The required actions Keycloak 26.7.3 registers in a new realm, read once from a fresh realm through the admin
# API. A realm file that lists required actions gets only those, so the production realm lists them all.
STANDARD_REQUIRED_ACTIONS = HERE / "keycloak-standard-required-actions.json"

REALM = "ntm"
DEMO_PASSWORD = "ntm-demo"
API_AUDIENCE = "ntm-api"
EMAIL_DOMAIN = "demo.ntm-sonla.example"  # reserved TLD: never a real mailbox

ROLES = {
    "coordinator": "Văn phòng Điều phối NTM tỉnh: toàn tỉnh / coordination office, province-wide",
    "department-appraiser": "Sở chuyên ngành: thẩm định tiêu chí của sở / sector department appraises its criteria",
    "finance-planner": "Sở KH&ĐT, Sở Tài chính: kế hoạch vốn / funding plans and allocations",
    "district-officer": "UBND huyện: xã trong huyện / district people's committee, its communes",
    "commune-officer": "UBND xã: tự đánh giá, vướng mắc / commune self-assessment and obstacles",
    "observer": "Lãnh đạo, MTTQ: chỉ xem / leadership, Fatherland Front, read only",
    "external-system": "Hệ thống khác: API trạng thái đã công bố / other system, published status API",
}

# DESIGN.md §7, 2019 structure.
DEPARTMENTS = {
    "snn": "Sở Nông nghiệp và PTNT",
    "sxd": "Sở Xây dựng",
    "sgtvt": "Sở Giao thông vận tải",
    "sct": "Sở Công Thương",
    "sgddt": "Sở Giáo dục và Đào tạo",
    "svhttdl": "Sở Văn hóa, Thể thao và Du lịch",
    "stttt": "Sở Thông tin và Truyền thông",
    "sldtbxh": "Sở Lao động - Thương binh và Xã hội",
    "syt": "Sở Y tế",
    "stnmt": "Sở Tài nguyên và Môi trường",
    "snv": "Sở Nội vụ",
    "stp": "Sở Tư pháp",
    "skhdt": "Sở Kế hoạch và Đầu tư",
    "stc": "Sở Tài chính",
    "cat": "Công an tỉnh",
    "bchqs": "Bộ Chỉ huy Quân sự tỉnh",
}

PILOT_COMMUNES = ["04120", "04027", "03658"]  # Chiềng Ban, Mường Sang, Chiềng Cọ (plan 111 appendix)
DEMO_DISTRICT = "125"  # Mai Sơn: every commune of it gets an account

SCOPE_ATTRIBUTES = {
    "department_code": "Mã sở / Department code",
    "district_code": "Mã huyện (2019) / District code",
    "unit_code": "Mã xã / Commune code",
}


def read_units():
    with UNITS_2019.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    districts = {}
    communes = {}
    for r in rows:
        districts[r["district_code"]] = r["district_name"].strip()
        communes[r["commune_code"]] = {
            "name": " ".join(r["commune_name"].split()),  # the source has a double space in "Cò  Nòi"
            "district_code": r["district_code"],
        }
    return districts, communes


def lower_first(name):
    """'Huyện Mai Sơn' -> 'huyện Mai Sơn', as it reads inside an address."""
    return name[:1].lower() + name[1:]


def user(username, first, last, roles, attributes=None):
    return {
        "username": username,
        "enabled": True,
        "email": f"{username}@{EMAIL_DOMAIN}",
        "emailVerified": True,
        "firstName": first,
        "lastName": last,
        "attributes": {k: [v] for k, v in (attributes or {}).items()},
        "credentials": [{"type": "password", "value": DEMO_PASSWORD, "temporary": False}],
        "realmRoles": roles,
        "requiredActions": [],
    }


def users(districts, communes):
    result = [
        user("coordinator", "Cán bộ", "Văn phòng Điều phối NTM tỉnh", ["coordinator"]),
        user("finance", "Cán bộ", "Sở Kế hoạch và Đầu tư", ["finance-planner"]),
        user("observer", "Lãnh đạo", "UBND tỉnh Sơn La", ["observer"]),
    ]
    for code, name in DEPARTMENTS.items():
        result.append(user(f"appraiser-{code}", "Thẩm định viên", name,
                           ["department-appraiser"], {"department_code": code}))
    for code in sorted(districts):
        result.append(user(f"district-{code}", "Cán bộ UBND", districts[code],
                           ["district-officer"], {"district_code": code}))
    demo_communes = sorted(set(PILOT_COMMUNES) | {c for c, u in communes.items()
                                                 if u["district_code"] == DEMO_DISTRICT})
    for code in demo_communes:
        unit = communes[code]
        district = lower_first(districts[unit["district_code"]])
        result.append(user(f"commune-{code}", "Cán bộ UBND", f"{unit['name']}, {district}",
                           ["commune-officer"],
                           {"unit_code": code, "district_code": unit["district_code"]}))
    return result


def user_profile():
    """Declarative user profile (Keycloak 24+ drops attributes that are not declared)."""
    admin_only = {"view": ["admin"], "edit": ["admin"]}
    attributes = [
        {"name": "username", "displayName": "${username}",
         "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {},
                         "up-username-not-idn-homograph": {}},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "email", "displayName": "${email}",
         "validations": {"email": {}, "length": {"max": 255}},
         "required": {"roles": ["user"]},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "firstName", "displayName": "${firstName}",
         "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
         "required": {"roles": ["user"]},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "lastName", "displayName": "${lastName}",
         "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
         "required": {"roles": ["user"]},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
    ]
    for name, display in SCOPE_ATTRIBUTES.items():
        attributes.append({
            "name": name,
            "displayName": display,
            "group": "ntm-scope",
            "validations": {"pattern": {"pattern": "^[a-z0-9]{2,10}$",
                                        "error-message": "lower-case letters and digits only"}},
            "annotations": {},
            "permissions": admin_only,
            "multivalued": False,
        })
    config = {
        "attributes": attributes,
        "groups": [
            {"name": "user-metadata", "displayHeader": "User metadata",
             "displayDescription": "Attributes, which refer to user metadata"},
            {"name": "ntm-scope", "displayHeader": "Phạm vi NTM / NTM scope",
             "displayDescription": "Read by the services from the access token; admins only"},
        ],
    }
    return {
        "org.keycloak.userprofile.UserProfileProvider": [{
            "providerId": "declarative-user-profile",
            "subComponents": {},
            "config": {"kc.user.profile.config": [json.dumps(config, ensure_ascii=False)]},
        }]
    }


def mapper(name, mapper_type, **config):
    base = {"access.token.claim": "true", "id.token.claim": "false",
            "userinfo.token.claim": "false", "introspection.token.claim": "true"}
    base.update({k.replace("_", "."): v for k, v in config.items()})
    return {"name": name, "protocol": "openid-connect", "protocolMapper": mapper_type,
            "consentRequired": False, "config": base}


def ntm_api_scope():
    mappers = [
        mapper("roles", "oidc-usermodel-realm-role-mapper",
               claim_name="roles", multivalued="true", jsonType_label="String",
               id_token_claim="true", userinfo_token_claim="true"),
        mapper("preferred_username", "oidc-usermodel-attribute-mapper",
               claim_name="preferred_username", jsonType_label="String", **{"user.attribute": "username"},
               id_token_claim="true", userinfo_token_claim="true"),
        mapper("audience ntm-api", "oidc-audience-mapper",
               **{"included.custom.audience": API_AUDIENCE}, id_token_claim="false"),
    ]
    for attribute in SCOPE_ATTRIBUTES:
        mappers.append(mapper(attribute, "oidc-usermodel-attribute-mapper",
                              claim_name=attribute, jsonType_label="String",
                              **{"user.attribute": attribute, "aggregate.attrs": "false"},
                              multivalued="false", id_token_claim="true", userinfo_token_claim="true"))
    return {
        "name": API_AUDIENCE,
        "description": "Claims the NTM services read: roles, scope codes, audience ntm-api",
        "protocol": "openid-connect",
        "attributes": {"include.in.token.scope": "false", "display.on.consent.screen": "false"},
        "protocolMappers": mappers,
    }


DEFAULT_SCOPES = ["basic", "profile", "email", "roles", "web-origins", "acr", API_AUDIENCE]


def clients():
    spa_origins = ["http://localhost:8080", "http://localhost:5173"]
    return [
        {
            "clientId": "ntm-spa",
            "name": "NTM Nâng cao — web",
            "enabled": True,
            "publicClient": True,
            "protocol": "openid-connect",
            "standardFlowEnabled": True,
            "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": False,
            "serviceAccountsEnabled": False,
            "frontchannelLogout": True,
            "redirectUris": [o + "/*" for o in spa_origins],
            "webOrigins": spa_origins,
            "rootUrl": "http://localhost:8080",
            "baseUrl": "/",
            "attributes": {
                "pkce.code.challenge.method": "S256",
                "post.logout.redirect.uris": "##".join(o + "/*" for o in spa_origins),
                "oauth2.device.authorization.grant.enabled": "false",
            },
            "defaultClientScopes": DEFAULT_SCOPES,
            "optionalClientScopes": ["offline_access"],
        },
        {
            "clientId": "ntm-cli",
            "name": "NTM demo CLI and tests (password grant, demo realm only)",
            "enabled": True,
            "publicClient": True,
            "protocol": "openid-connect",
            "standardFlowEnabled": False,
            "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": True,
            "serviceAccountsEnabled": False,
            "attributes": {"oauth2.device.authorization.grant.enabled": "false"},
            "defaultClientScopes": DEFAULT_SCOPES,
            "optionalClientScopes": ["offline_access"],
        },
        {
            "clientId": "external-demo",
            "name": "Demo external system (client credentials)",
            "enabled": True,
            "publicClient": False,
            "clientAuthenticatorType": "client-secret",
            "secret": "external-demo-secret",
            "protocol": "openid-connect",
            "standardFlowEnabled": False,
            "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": False,
            "serviceAccountsEnabled": True,
            "attributes": {"oauth2.device.authorization.grant.enabled": "false"},
            "defaultClientScopes": DEFAULT_SCOPES + ["service_account"],
            "optionalClientScopes": [],
        },
    ]


# Demo realm only: clients the safety suite (safety-tests, docs/decisions/0080) uses to obtain honest bad tokens from
# this Keycloak rather than forging them: an access token that expires after a few seconds, a token for another API
# (audience ntm-other) that is otherwise shaped exactly like an ntm-api token, and a second external system whose
# rate-limit budget the suite may exhaust without throttling external-demo for anyone else.
SAFETY_SHORT_LIFESPAN_SECONDS = 5
OTHER_AUDIENCE = "ntm-other"


def safety_clients():
    other_audience_mappers = [m for m in ntm_api_scope()["protocolMappers"] if m["protocolMapper"] != "oidc-audience-mapper"]
    other_audience_mappers.append(mapper(f"audience {OTHER_AUDIENCE}", "oidc-audience-mapper",
                                         **{"included.custom.audience": OTHER_AUDIENCE}, id_token_claim="false"))
    return [
        {
            "clientId": "ntm-safety-short",
            "name": "Safety suite: access tokens that expire after a few seconds (demo realm only)",
            "enabled": True,
            "publicClient": True,
            "protocol": "openid-connect",
            "standardFlowEnabled": False,
            "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": True,
            "serviceAccountsEnabled": False,
            "attributes": {"oauth2.device.authorization.grant.enabled": "false",
                           "access.token.lifespan": str(SAFETY_SHORT_LIFESPAN_SECONDS)},
            "defaultClientScopes": DEFAULT_SCOPES,
            "optionalClientScopes": [],
        },
        {
            "clientId": "ntm-safety-other-audience",
            "name": "Safety suite: tokens for another API, audience ntm-other (demo realm only)",
            "enabled": True,
            "publicClient": True,
            "protocol": "openid-connect",
            "standardFlowEnabled": False,
            "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": True,
            "serviceAccountsEnabled": False,
            "attributes": {"oauth2.device.authorization.grant.enabled": "false"},
            # the claims of ntm-api (roles, scope codes, user name) but not its audience
            "protocolMappers": other_audience_mappers,
            "defaultClientScopes": [s for s in DEFAULT_SCOPES if s != API_AUDIENCE],
            "optionalClientScopes": [],
        },
        {
            "clientId": "ntm-safety-external",
            "name": "Safety suite: a second external system, for the rate-limit check (demo realm only)",
            "enabled": True,
            "publicClient": False,
            "clientAuthenticatorType": "client-secret",
            "secret": "ntm-safety-external-secret",
            "protocol": "openid-connect",
            "standardFlowEnabled": False,
            "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": False,
            "serviceAccountsEnabled": True,
            "attributes": {"oauth2.device.authorization.grant.enabled": "false"},
            "defaultClientScopes": DEFAULT_SCOPES + ["service_account"],
            "optionalClientScopes": [],
        },
    ]


def realm():
    districts, communes = read_units()
    demo_users = users(districts, communes)
    demo_users.append({
        "username": "service-account-external-demo",
        "enabled": True,
        "serviceAccountClientId": "external-demo",
        "realmRoles": ["external-system"],
    })
    demo_users.append({
        "username": "service-account-ntm-safety-external",
        "enabled": True,
        "serviceAccountClientId": "ntm-safety-external",
        "realmRoles": ["external-system"],
    })
    return {
        "realm": REALM,
        "displayName": "NTM Nâng cao — tỉnh Sơn La",
        "enabled": True,
        "sslRequired": "external",
        "registrationAllowed": False,
        "loginWithEmailAllowed": False,
        "duplicateEmailsAllowed": False,
        "resetPasswordAllowed": False,
        "editUsernameAllowed": False,
        "bruteForceProtected": False,
        "internationalizationEnabled": True,
        "supportedLocales": ["vi", "en"],
        "defaultLocale": "vi",
        "accessTokenLifespan": 900,
        "ssoSessionIdleTimeout": 3600,
        "ssoSessionMaxLifespan": 36000,
        "roles": {"realm": [{"name": n, "description": d} for n, d in ROLES.items()]},
        "clientScopes": json.loads(STANDARD_SCOPES.read_text(encoding="utf-8")) + [ntm_api_scope()],
        "defaultDefaultClientScopes": DEFAULT_SCOPES,
        "defaultOptionalClientScopes": ["offline_access"],
        "clients": clients() + safety_clients(),
        "users": demo_users,
        "components": user_profile(),
    }


def render():
    return json.dumps(realm(), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------------
# Production: the same roles, claims and user profile; accounts and external clients are created by
# the operator (README, "Production realm").

SPA_URL_PLACEHOLDER = "${NTM_SPA_URL}"  # replaced by Keycloak from the environment at import
PASSWORD_POLICY = ("length(12) and maxLength(128) and upperCase(1) and lowerCase(1) and digits(1) and specialChars(1)"
                   " and notUsername and notEmail and passwordHistory(5)")


def production_clients():
    spa = SPA_URL_PLACEHOLDER
    return [{
        "clientId": "ntm-spa",
        "name": "NTM Nâng cao — web",
        "enabled": True,
        "publicClient": True,
        "protocol": "openid-connect",
        "standardFlowEnabled": True,
        "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "serviceAccountsEnabled": False,
        "frontchannelLogout": True,
        # Exactly the two addresses the SPA sends (frontend/src/lib/auth/user-manager.ts).
        "redirectUris": [spa + "/"],
        "webOrigins": [spa],
        "rootUrl": spa,
        "baseUrl": "/",
        "attributes": {
            "pkce.code.challenge.method": "S256",
            "post.logout.redirect.uris": spa + "/logged-out",
            "oauth2.device.authorization.grant.enabled": "false",
        },
        "defaultClientScopes": DEFAULT_SCOPES,
        "optionalClientScopes": [],
    }]


# Every new account (created by an administrator with a temporary password) must choose its own password and
# register an authenticator app at its first login: officials approve assessments and money.
DEFAULT_REQUIRED_ACTIONS = ("UPDATE_PASSWORD", "CONFIGURE_TOTP")


def production_required_actions():
    actions = json.loads(STANDARD_REQUIRED_ACTIONS.read_text(encoding="utf-8"))
    for a in actions:
        if a["alias"] in DEFAULT_REQUIRED_ACTIONS:
            a["enabled"] = True
            a["defaultAction"] = True
    return actions


def production_realm():
    return {
        "realm": REALM,
        "displayName": "NTM Nâng cao — tỉnh Sơn La",
        "enabled": True,
        "sslRequired": "external",
        "registrationAllowed": False,
        "loginWithEmailAllowed": False,
        "duplicateEmailsAllowed": False,
        "resetPasswordAllowed": False,  # needs SMTP; an administrator resets passwords until it is set up
        "rememberMe": False,
        "editUsernameAllowed": False,
        "bruteForceProtected": True,
        "permanentLockout": False,
        "failureFactor": 5,
        "waitIncrementSeconds": 60,
        "maxFailureWaitSeconds": 900,
        "maxDeltaTimeSeconds": 43200,
        "quickLoginCheckMilliSeconds": 1000,
        "minimumQuickLoginWaitSeconds": 60,
        "passwordPolicy": PASSWORD_POLICY,
        "otpPolicyType": "totp",
        "otpPolicyAlgorithm": "HmacSHA1",
        "otpPolicyDigits": 6,
        "otpPolicyPeriod": 30,
        "internationalizationEnabled": True,
        "supportedLocales": ["vi", "en"],
        "defaultLocale": "vi",
        "accessTokenLifespan": 300,
        "ssoSessionIdleTimeout": 1800,
        "ssoSessionMaxLifespan": 36000,
        "offlineSessionIdleTimeout": 0,
        "eventsEnabled": True,
        "eventsExpiration": 7776000,
        "adminEventsEnabled": True,
        "adminEventsDetailsEnabled": False,
        "roles": {"realm": [{"name": n, "description": d} for n, d in ROLES.items()]},
        "clientScopes": json.loads(STANDARD_SCOPES.read_text(encoding="utf-8")) + [ntm_api_scope()],
        "defaultDefaultClientScopes": DEFAULT_SCOPES,
        "defaultOptionalClientScopes": [],
        "requiredActions": production_required_actions(),
        "clients": production_clients(),
        "users": [],
        "components": user_profile(),
    }


def render_production():
    return json.dumps(production_realm(), ensure_ascii=False, indent=2) + "\n"


def production_defects(text):
    """What must never be in the production realm file: users, demo clients, secrets, long tokens."""
    defects = []
    data = json.loads(text)
    if data.get("users"):
        defects.append(f"{len(data['users'])} users (accounts are created by the operator)")
    client_ids = [c.get("clientId") for c in data.get("clients", [])]
    for demo_client in ("ntm-cli", "external-demo"):
        if demo_client in client_ids:
            defects.append(f"demo client {demo_client}")
    for c in data.get("clients", []):
        if c.get("secret") or not c.get("publicClient", False) or c.get("directAccessGrantsEnabled") \
                or c.get("serviceAccountsEnabled"):
            defects.append(f"client {c.get('clientId')} has a secret, a password grant or a service account")
        for uri in c.get("redirectUris", []):
            if "localhost" in uri or "*" in uri:
                defects.append(f"client {c.get('clientId')} redirect URI {uri} is not exact")
    if "credentials" in text or DEMO_PASSWORD in text or "demo-secret" in text or '"secret"' in text:
        defects.append("a credential or secret")
    if data.get("accessTokenLifespan", 0) > 300 or data.get("ssoSessionIdleTimeout", 0) > 1800:
        defects.append("token or session lifetimes longer than 5 / 30 minutes")
    if not data.get("bruteForceProtected") or "length(" not in data.get("passwordPolicy", ""):
        defects.append("brute-force protection or password policy off")
    return defects


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail if a committed file is stale or the production file has users, demo clients or secrets")
    parser.add_argument("--production", action="store_true", help="write the production realm instead of the demo one")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    if args.check:
        failed = 0
        for path, text, flag in ((args.output or OUTPUT, render(), ""),
                                 (PRODUCTION_OUTPUT, render_production(), " --production")):
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                print(f"{path} is stale: run python3 {Path(__file__).relative_to(ROOT)}{flag}", file=sys.stderr)
                failed = 1
        for defect in production_defects(PRODUCTION_OUTPUT.read_text(encoding="utf-8") if PRODUCTION_OUTPUT.exists() else "{}"):
            print(f"{PRODUCTION_OUTPUT.name}: {defect}", file=sys.stderr)
            failed = 1
        return failed
    if args.production:
        text = render_production()
        defects = production_defects(text)
        if defects:
            print("refusing to write a production realm with: " + "; ".join(defects), file=sys.stderr)
            return 1
        output = args.output or PRODUCTION_OUTPUT
        output.write_text(text, encoding="utf-8")
        print(f"wrote {os.path.relpath(output, ROOT)}: realm {REALM}, no users, client ntm-spa at {SPA_URL_PLACEHOLDER}")
        return 0
    text = render()
    args.output = args.output or OUTPUT
    args.output.write_text(text, encoding="utf-8")
    count = sum(1 for u in realm()["users"] if "serviceAccountClientId" not in u)
    print(f"wrote {os.path.relpath(args.output, ROOT)}: realm {REALM}, {count} demo users")
    return 0


if __name__ == "__main__":
    sys.exit(main())
