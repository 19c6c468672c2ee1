-- docker compose only: Keycloak's own database, beside the services' (10-init-ntm.sql is
-- deploy/postgres/init-ntm.sql, mounted unchanged). Runs once, when the data volume is created.
-- DEVELOPMENT ONLY: the password equals the role name, as for the services' roles.
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
