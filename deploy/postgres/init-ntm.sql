-- Roles and databases of NTM Nâng cao: one LOGIN role per service, owning the service's database and
-- its test database. Idempotent: safe to run on every `./ntm pg`, and usable unchanged as a
-- docker-entrypoint-initdb.d script of the postgres image (run by psql as the superuser).
--
-- DEVELOPMENT AND TEST ONLY: each password equals the role name. A real deployment creates its roles
-- with secrets from its own vault and never runs this file.
--
-- Uses psql's \gexec, because CREATE DATABASE cannot run inside a DO block or a transaction.

\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN', r)
FROM unnest(ARRAY['ntm_criteria', 'ntm_assessment', 'ntm_funding']) AS r
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r)
\gexec

-- Re-applied every time, so that a role damaged by hand (NOLOGIN, other password) is repaired.
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', r, r)
FROM unnest(ARRAY['ntm_criteria', 'ntm_assessment', 'ntm_funding']) AS r
\gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', d.name, d.owner, 'UTF8')
FROM (VALUES ('ntm_criteria', 'ntm_criteria'),
             ('ntm_criteria_test', 'ntm_criteria'),
             ('ntm_assessment', 'ntm_assessment'),
             ('ntm_assessment_test', 'ntm_assessment'),
             ('ntm_funding', 'ntm_funding'),
             ('ntm_funding_test', 'ntm_funding')) AS d(name, owner)
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d.name)
\gexec

-- Ownership too may have drifted; the owner may then do anything in its database (Flyway, tests).
SELECT format('ALTER DATABASE %I OWNER TO %I', d.name, d.owner)
FROM (VALUES ('ntm_criteria', 'ntm_criteria'),
             ('ntm_criteria_test', 'ntm_criteria'),
             ('ntm_assessment', 'ntm_assessment'),
             ('ntm_assessment_test', 'ntm_assessment'),
             ('ntm_funding', 'ntm_funding'),
             ('ntm_funding_test', 'ntm_funding')) AS d(name, owner)
\gexec
