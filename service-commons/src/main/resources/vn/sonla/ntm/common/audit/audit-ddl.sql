-- The audit tables every service creates in its own Flyway migration (copy this block verbatim).
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
