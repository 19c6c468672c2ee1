-- Budgeting scenarios (issue 9, decision 0092): a proposal of the optimiser with its inputs, its result and its
-- explanation; PROPOSED → ACCEPTED or REJECTED. Its lines are proposed money per commune × criterion × field × source;
-- accepting makes them draft allocations (DRAFT), which are booked into the ledger (BOOKED, with the allocation they
-- became) against an approved plan's lines, under the ledger's own ceilings. The ledger itself is unchanged.
create sequence scenario_seq start with 1 increment by 50;
create table scenario (
    id              bigint primary key,
    year            int          not null check (year between 2010 and 2100),
    province_code   varchar(2)   not null,
    title           varchar(300) not null,
    note            text,
    status          varchar(10)  not null check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    inputs          jsonb        not null,
    result          jsonb        not null,
    summary_vi      text,
    summary_en      text,
    budget_total    bigint       not null,
    proposed_total  bigint       not null,
    created_by      varchar(200) not null,
    created_at      timestamptz  not null,
    decided_by      varchar(200),
    decided_at      timestamptz,
    decision_reason text,
    version         bigint       not null default 0
);
create index scenario_year_idx on scenario (province_code, year, status);
-- at most one accepted scenario per province and year: its draft allocations are the year's proposal
create unique index scenario_one_accepted on scenario (province_code, year) where status = 'ACCEPTED';

create sequence scenario_line_seq start with 1 increment by 50;
create table scenario_line (
    id             bigint primary key,
    scenario_id    bigint       not null references scenario (id),
    line_no        int          not null,
    recipient_code varchar(5)   not null,
    criterion_code varchar(20),
    field_code     varchar(40)  not null,
    source_code    varchar(40)  not null,
    amount         bigint       not null check (amount between 1 and 1000000000000000),
    status         varchar(10)  not null check (status in ('PROPOSED', 'DRAFT', 'BOOKED')),
    allocation_id  bigint references allocation (id),
    booked_by      varchar(200),
    booked_at      timestamptz,
    unique (scenario_id, line_no)
);
create index scenario_line_scenario_idx on scenario_line (scenario_id, line_no);
