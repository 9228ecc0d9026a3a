-- What the BI publication keeps for itself in its database, beside the tenants' schemas: which schema and reader
-- role each tenant has, and the logins granted. Run at start-up and before any publication, under the DDL lock;
-- idempotent. Nobody but the owner account reads it.

CREATE SCHEMA IF NOT EXISTS gaplens_admin;
REVOKE ALL ON SCHEMA gaplens_admin FROM PUBLIC;

CREATE TABLE IF NOT EXISTS gaplens_admin.tenant_schemas (
    tenant_id text PRIMARY KEY,
    schema_name text NOT NULL UNIQUE,
    reader_role text NOT NULL UNIQUE,
    definition_version integer NOT NULL,
    labels_complete boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE IF NOT EXISTS gaplens_admin.bi_accesses (
    access_id text PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES gaplens_admin.tenant_schemas (tenant_id),
    label text NOT NULL,
    role_name text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL);
CREATE INDEX IF NOT EXISTS bi_accesses_tenant ON gaplens_admin.bi_accesses (tenant_id, created_at);

-- Nothing of this database is anyone's by default: each tenant's reader role is granted CONNECT, its schema's
-- USAGE and SELECT on its view and label tables, and nothing else (no TEMP, no CREATE, no public schema).
REVOKE ALL ON DATABASE {{database}} FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
