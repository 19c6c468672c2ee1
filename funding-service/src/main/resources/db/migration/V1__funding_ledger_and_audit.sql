-- Funding of Sơn La's advanced new-rural programme (plan 111/KH-UBND section IV; DESIGN.md §3).
-- Money is integer đồng (bigint) everywhere; never floating point. Ledger rows (allocations, transactions)
-- are appended, never updated or deleted: corrections are reversal rows referring to what they reverse.

-- ---------------------------------------------------------------------------------------------------------------
-- Catalogue: funding sources (nguồn vốn) and fields of spending (lĩnh vực), seeded below, effective-dated.
create table funding_source (
    code           varchar(40)  primary key,
    name_vi        varchar(200) not null,
    name_en        varchar(200) not null,
    kind           varchar(10)  not null check (kind in ('BUDGET', 'MOBILISED')),
    valuation      varchar(12)  not null check (valuation in ('CASH', 'LABOUR_DAYS', 'LAND', 'IN_KIND')),
    quantity_unit  varchar(40),
    valuation_rule text,
    note           text,
    sort_order     int          not null,
    valid_from     date         not null,
    valid_to       date,
    version        bigint       not null default 0,
    constraint funding_source_validity check (valid_to is null or valid_from <= valid_to),
    constraint funding_source_code_shape check (code ~ '^[A-Z][A-Z0-9_]{1,39}$')
);

create table spending_field (
    code            varchar(40)  primary key,
    name_vi         varchar(200) not null,
    name_en         varchar(200) not null,
    parent_code     varchar(40) references spending_field (code),
    infrastructure  boolean      not null,
    criterion_code  varchar(10),
    criterion_basis text,
    sort_order      int          not null
);

-- What plan 111 says about the share of infrastructure, and the figure (if any) the coordination office sets.
create table infrastructure_guidance (
    id                int primary key check (id = 1),
    plan_words        text         not null,
    max_share_percent numeric(5, 2) check (max_share_percent is null or (max_share_percent > 0 and max_share_percent <= 100)),
    decision_ref      varchar(200),
    set_by            varchar(200),
    set_at            timestamptz,
    version           bigint       not null default 0
);

-- ---------------------------------------------------------------------------------------------------------------
-- Capital plans: one series per (year, unit); revision n+1 refers to revision n; at most one APPROVED and one DRAFT
-- per series at a time. Unit columns are a snapshot of the unit as it stood on unit_date (ADR 0031).
create sequence capital_plan_seq start with 1 increment by 50;
create table capital_plan (
    id               bigint primary key,
    year             int          not null check (year between 2010 and 2100),
    unit_code        varchar(5)   not null,
    unit_name        varchar(200) not null,
    unit_level       varchar(10)  not null check (unit_level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    unit_date        date         not null,
    unit_valid_from  date,
    district_code    varchar(5),
    district_name    varchar(200),
    province_code    varchar(2)   not null,
    revision_no      int          not null check (revision_no >= 0),
    revision_of_id   bigint references capital_plan (id),
    status           varchar(10)  not null check (status in ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    title            varchar(300),
    note             text,
    decision_number  varchar(100),
    decision_date    date,
    decision_issuer  varchar(200),
    approved_by      varchar(200),
    approved_at      timestamptz,
    superseded_by_id bigint references capital_plan (id),
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint capital_plan_unit_in_year check (extract(year from unit_date) = year),
    constraint capital_plan_revision_chain check ((revision_no = 0) = (revision_of_id is null)),
    constraint capital_plan_approved_has_decision check (status = 'DRAFT' or (decision_number is not null
        and decision_date is not null and decision_issuer is not null and approved_by is not null))
);
-- a series is (year, unit): the unit is its code plus the start of its validity, since codes are reused
create unique index capital_plan_one_original on capital_plan (year, unit_code, coalesce(unit_valid_from, date '0001-01-01')) where revision_no = 0;
create unique index capital_plan_one_approved on capital_plan (year, unit_code, coalesce(unit_valid_from, date '0001-01-01')) where status = 'APPROVED';
create unique index capital_plan_one_draft on capital_plan (year, unit_code, coalesce(unit_valid_from, date '0001-01-01')) where status = 'DRAFT';
create unique index capital_plan_revision_once on capital_plan (revision_of_id) where revision_of_id is not null;
create index capital_plan_province_year_idx on capital_plan (province_code, year, status);
create index capital_plan_district_year_idx on capital_plan (district_code, year, status);
create index capital_plan_unit_idx on capital_plan (unit_code, year);

create sequence plan_line_seq start with 1 increment by 50;
create table plan_line (
    id              bigint primary key,
    plan_id         bigint       not null references capital_plan (id) on delete cascade,
    line_no         int          not null,
    source_code     varchar(40)  not null references funding_source (code),
    field_code      varchar(40)  not null references spending_field (code),
    criterion_code  varchar(10),
    amount          bigint       not null check (amount > 0 and amount <= 1000000000000000),
    quantity        numeric(18, 2),
    quantity_unit   varchar(40),
    unit_value      bigint check (unit_value is null or unit_value > 0),
    valuation_basis text,
    note            text,
    unique (plan_id, line_no) deferrable initially deferred
);
create index plan_line_plan_idx on plan_line (plan_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Allocations (phân bổ): money of an approved plan line passed down to a district or commune. A reversal row has
-- reverses_id set and reduces the allocation it names; net allocated = Σ amount of originals − Σ amount of reversals.
-- plan_line_id is the line that governs the money now (a revision carries allocations over to its matching line);
-- first_plan_line_id is the line it was made against.
create sequence allocation_seq start with 1 increment by 50;
create table allocation (
    id                      bigint primary key,
    plan_line_id            bigint       not null references plan_line (id),
    first_plan_line_id      bigint       not null references plan_line (id),
    reverses_id             bigint references allocation (id),
    year                    int          not null,
    province_code           varchar(2)   not null,
    source_code             varchar(40)  not null,
    field_code              varchar(40)  not null,
    criterion_code          varchar(10),
    recipient_code          varchar(5)   not null,
    recipient_name          varchar(200) not null,
    recipient_level         varchar(10)  not null check (recipient_level in ('DISTRICT', 'COMMUNE')),
    recipient_district_code varchar(5),
    recipient_district_name varchar(200),
    unit_date               date         not null,
    amount                  bigint       not null check (amount > 0 and amount <= 1000000000000000),
    entry_date              date         not null,
    document_ref            varchar(200),
    note                    text,
    created_by              varchar(200) not null,
    created_at              timestamptz  not null
);
create unique index allocation_reversed_once on allocation (reverses_id) where reverses_id is not null;
create index allocation_line_idx on allocation (plan_line_id);
create index allocation_province_year_idx on allocation (province_code, year);
create index allocation_district_year_idx on allocation (recipient_district_code, year);
create index allocation_recipient_idx on allocation (recipient_code, unit_date);

-- Transactions against an allocation: commitment (cam kết), disbursement (giải ngân), expenditure (chi).
create sequence ledger_transaction_seq start with 1 increment by 50;
create table ledger_transaction (
    id                 bigint primary key,
    allocation_id      bigint       not null references allocation (id),
    type               varchar(12)  not null check (type in ('COMMITMENT', 'DISBURSEMENT', 'EXPENDITURE')),
    reverses_id        bigint references ledger_transaction (id),
    amount             bigint       not null check (amount > 0 and amount <= 1000000000000000),
    entry_date         date         not null,
    document_ref       varchar(200) not null,
    over_disbursement  boolean      not null default false,
    justification      text,
    quantity           numeric(18, 2),
    quantity_unit      varchar(40),
    unit_value         bigint check (unit_value is null or unit_value > 0),
    valuation_basis    text,
    note               text,
    created_by         varchar(200) not null,
    created_at         timestamptz  not null,
    constraint ledger_transaction_justified check (not over_disbursement or (justification is not null and type = 'DISBURSEMENT'))
);
create unique index ledger_transaction_reversed_once on ledger_transaction (reverses_id) where reverses_id is not null;
create index ledger_transaction_allocation_idx on ledger_transaction (allocation_id, type);

-- The ledger is append-only: no row of allocation or ledger_transaction is ever changed or removed, except that an
-- approved revision re-points allocations to the line that now governs them (plan_line_id only).
create function funding_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and tg_table_name = 'allocation' then
        if (to_jsonb(new) - 'plan_line_id') = (to_jsonb(old) - 'plan_line_id') then
            return new;
        end if;
    end if;
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger allocation_append_only before update or delete on allocation
    for each row execute function funding_ledger_is_append_only();
create trigger ledger_transaction_append_only before update or delete on ledger_transaction
    for each row execute function funding_ledger_is_append_only();

-- ---------------------------------------------------------------------------------------------------------------
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
