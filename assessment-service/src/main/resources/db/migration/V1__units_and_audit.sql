-- Administrative units, effective-dated (DESIGN.md §4). A GSO code can be reused by a different unit after a
-- reorganisation (03646 was Phường Chiềng Lề until 30/6/2025 and is Phường Tô Hiệu from 1/7/2025), so a unit is
-- identified by its code together with the start of its validity.
create sequence administrative_unit_seq start with 1 increment by 50;
create table administrative_unit (
    id            bigint primary key,
    code          varchar(5)   not null,
    name          varchar(200) not null,
    unit_type     varchar(40)  not null,
    level         varchar(10)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    province_code varchar(2)   not null,
    parent_code   varchar(5),
    valid_from    date,
    valid_to      date,
    source        text,
    note          text,
    version       bigint       not null default 0,
    constraint administrative_unit_validity check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create unique index administrative_unit_code_from_idx on administrative_unit (code, coalesce(valid_from, date '0001-01-01'));
create index administrative_unit_parent_idx on administrative_unit (parent_code, level);
create index administrative_unit_province_idx on administrative_unit (province_code, level);

-- Predecessor → successor links of the 2025 reorganisation. A successor is null when it is not known (the three
-- Mộc Châu communes Tân Hợp, Qui Hướng and Tà Lai): recorded as UNRESOLVED rather than guessed.
create sequence unit_lineage_seq start with 1 increment by 50;
create table unit_lineage (
    id             bigint primary key,
    predecessor_id bigint      not null references administrative_unit (id),
    successor_id   bigint references administrative_unit (id),
    kind           varchar(12) not null check (kind in ('FULL', 'PARTIAL', 'UNRESOLVED')),
    effective_on   date,
    source         text,
    note           text,
    constraint unit_lineage_successor_known check ((kind = 'UNRESOLVED') = (successor_id is null))
);
create index unit_lineage_predecessor_idx on unit_lineage (predecessor_id);
create index unit_lineage_successor_idx on unit_lineage (successor_id);

-- Audit log (service-commons audit-ddl.sql): append-only, hash-chained.
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
