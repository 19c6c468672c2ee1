-- Roles and databases of NTM Nâng cao: one LOGIN role per service, owning the service's database and
-- its test database. Idempotent: safe to run on every `./ntm pg`, and usable unchanged as a
-- docker-entrypoint-initdb.d script of the postgres image (run by psql as the superuser).
--
-- Optional psql variable db_suffix (`psql -v db_suffix=_stack`): also create ntm_<service><db_suffix>
-- for the same owner, the databases of a stack started with NTM_DB_SUFFIX (./ntm test runs its stack on
-- _stack, so that it never touches the ntm_<service> databases of `./ntm up`). ./ntm checks the suffix
-- (an underscore, then lower-case letters, digits and underscores) before passing it.
--
-- DEVELOPMENT AND TEST ONLY: each password equals the role name. A real deployment creates its roles
-- with secrets from its own vault and never runs this file.
--
-- Uses psql's \gexec, because CREATE DATABASE cannot run inside a DO block or a transaction.

\set ON_ERROR_STOP on

\if :{?db_suffix}
\else
\set db_suffix ''
\endif

SELECT format('CREATE ROLE %I LOGIN', r)
FROM unnest(ARRAY['ntm_criteria', 'ntm_assessment', 'ntm_funding']) AS r
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r)
\gexec

-- Re-applied every time, so that a role damaged by hand (NOLOGIN, other password) is repaired.
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', r, r)
FROM unnest(ARRAY['ntm_criteria', 'ntm_assessment', 'ntm_funding']) AS r
\gexec

-- ntm_<service>, ntm_<service>_test and, with a suffix, ntm_<service><suffix>; each owned by ntm_<service>.
CREATE TEMPORARY VIEW ntm_databases AS
SELECT DISTINCT 'ntm_' || s || x AS name, 'ntm_' || s AS owner
FROM unnest(ARRAY['criteria', 'assessment', 'funding']) AS s,
     unnest(ARRAY['', '_test', :'db_suffix']) AS x;

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', d.name, d.owner, 'UTF8')
FROM ntm_databases AS d
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d.name)
ORDER BY d.name
\gexec

-- Ownership too may have drifted; the owner may then do anything in its database (Flyway, tests).
SELECT format('ALTER DATABASE %I OWNER TO %I', d.name, d.owner)
FROM ntm_databases AS d
ORDER BY d.name
\gexec
