-- The criteria catalogue: sets, their numbered versions and the content of each version, one table per
-- level (group → criterion → indicator → threshold), every value with its provenance. See
-- docs/decisions/0010-criteria-relational-storage.md for why this is relational and not a JSONB document.

create sequence department_seq start with 1 increment by 50;
create sequence criteria_set_seq start with 1 increment by 50;
create sequence criteria_set_version_seq start with 1 increment by 50;
create sequence criteria_group_seq start with 1 increment by 50;
create sequence criterion_seq start with 1 increment by 50;
create sequence indicator_seq start with 1 increment by 50;
create sequence indicator_threshold_seq start with 1 increment by 50;

-- Sector departments (Sở) that own criteria; effective-dated because departments merge (2025).
create table department (
    id          bigint primary key,
    code        varchar(16)  not null unique,
    name_vi     varchar(200) not null,
    name_en     varchar(200),
    valid_from  date         not null,
    valid_to    date,
    revision    bigint       not null default 0,
    constraint department_period check (valid_to is null or valid_to >= valid_from)
);

create table criteria_set (
    id         bigint primary key,
    code       varchar(64) not null unique,
    created_at timestamptz not null
);

-- `version_number` is the catalogue's version (1, 2, ...); `revision` is the optimistic-lock counter (the ETag).
create table criteria_set_version (
    id                    bigint primary key,
    set_id                bigint       not null references criteria_set (id) on delete cascade,
    version_number        integer      not null,
    status                varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    name_vi               varchar(500) not null,
    name_en               varchar(500),
    level                 varchar(16)  check (level in ('BASIC', 'ADVANCED', 'MODEL')),
    period                varchar(32),
    region                varchar(200),
    legal_number          varchar(100),
    legal_date            date,
    legal_issuer          varchar(200),
    legal_effective_from  date,
    legal_effective_to    date,
    legal_source          text,
    derived_from_code     varchar(64),
    derived_from_version  integer,
    rule_kind             varchar(16)  check (rule_kind in ('ALL_CRITERIA', 'AT_LEAST')),
    rule_minimum          integer,
    rule_text_vi          text,
    prov_status           varchar(16)  check (prov_status in ('SOURCED', 'RECONSTRUCTED', 'NOT_FOUND', 'VERIFIED')),
    prov_source           text,
    prov_note             text,
    prov_verified_by      varchar(200),
    prov_verified_on      date,
    prov_verified_against text,
    notes                 text,
    created_at            timestamptz  not null,
    created_by            varchar(200) not null,
    updated_at            timestamptz  not null,
    published_at          timestamptz,
    published_by          varchar(200),
    retired_at            timestamptz,
    retired_by            varchar(200),
    revision              bigint       not null default 0,
    constraint criteria_set_version_number unique (set_id, version_number)
);

-- Codes inside a version are not unique in SQL on purpose: a draft may hold a duplicate while it is being
-- edited, and publication refuses it with the path of every duplicate.
create table criteria_group (
    id         bigint primary key,
    version_id bigint      not null references criteria_set_version (id) on delete cascade,
    position   integer     not null,
    code       varchar(16) not null,
    name_vi    varchar(500),
    name_en    varchar(500)
);
create index criteria_group_version on criteria_group (version_id);

create table criterion (
    id                    bigint primary key,
    group_id              bigint      not null references criteria_group (id) on delete cascade,
    position              integer     not null,
    code                  varchar(16) not null,
    name_vi               varchar(500),
    name_en               varchar(500),
    department_code       varchar(16),
    prov_status           varchar(16) check (prov_status in ('SOURCED', 'RECONSTRUCTED', 'NOT_FOUND', 'VERIFIED')),
    prov_source           text,
    prov_note             text,
    prov_verified_by      varchar(200),
    prov_verified_on      date,
    prov_verified_against text
);
create index criterion_group on criterion (group_id);

create table indicator (
    id                    bigint primary key,
    criterion_id          bigint      not null references criterion (id) on delete cascade,
    position              integer     not null,
    code                  varchar(16) not null,
    name_vi               text,
    name_en               text,
    unit                  varchar(64),
    kind                  varchar(16) not null check (kind in ('BOOLEAN', 'PERCENT', 'NUMBER', 'LEVEL')),
    prov_status           varchar(16) check (prov_status in ('SOURCED', 'RECONSTRUCTED', 'NOT_FOUND', 'VERIFIED')),
    prov_source           text,
    prov_note             text,
    prov_verified_by      varchar(200),
    prov_verified_on      date,
    prov_verified_against text
);
create index indicator_criterion on indicator (criterion_id);

-- commune_class null = every class; comparator null = not known yet (kept with its provenance, judges nothing).
create table indicator_threshold (
    id                    bigint primary key,
    indicator_id          bigint      not null references indicator (id) on delete cascade,
    position              integer     not null,
    commune_class         varchar(32),
    comparator            varchar(16) check (comparator in ('>=', '<=', '=', 'between', 'achieved', 'none')),
    value                 numeric,
    upper_value           numeric,
    unit                  varchar(64),
    prov_status           varchar(16) check (prov_status in ('SOURCED', 'RECONSTRUCTED', 'NOT_FOUND', 'VERIFIED')),
    prov_source           text,
    prov_note             text,
    prov_verified_by      varchar(200),
    prov_verified_on      date,
    prov_verified_against text
);
create index indicator_threshold_indicator on indicator_threshold (indicator_id);

-- Audit log: the block of service-commons audit-ddl.sql, verbatim (written by vn.sonla.ntm.common.audit.AuditTrail).
-- Append-only: a trigger refuses UPDATE and DELETE on audit_entry; only the chain head moves.
create table audit_entry (
    seq           bigint primary key,
    at            timestamptz  not null,
    actor         varchar(200) not null,
    action        varchar(100) not null,
    entity_type   varchar(100) not null,
    entity_id     varchar(200) not null,
    unit_code     varchar(10),
    before_state  text,
    after_state   text,
    reason        text,
    previous_hash char(64)     not null,
    hash          char(64)     not null unique
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, seq);
create index audit_entry_unit_idx on audit_entry (unit_code, seq);

create table audit_chain_head (
    id        int primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each statement execute function audit_entry_is_append_only();
