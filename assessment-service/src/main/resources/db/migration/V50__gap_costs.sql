-- Gap costing (issue 9, decision 0091): the coordination office's unit costs per indicator of a criteria set, and the
-- districts' estimates of what closing a not-met indicator of an assessment costs, with the sources they expect.
-- Money in whole đồng (bigint, 1 … 10^15 as everywhere else).
create sequence gap_unit_cost_seq start with 1 increment by 50;
create table gap_unit_cost (
    id              bigint primary key,
    set_code        varchar(100) not null,
    indicator_code  varchar(20)  not null,
    mode            varchar(20)  not null check (mode in ('PER_SHORTFALL_UNIT', 'PER_QUANTITY', 'LUMP_SUM')),
    amount_per_unit bigint       not null check (amount_per_unit between 1 and 1000000000000000),
    unit            varchar(40),
    field_code      varchar(40)  not null,
    basis           text         not null,
    updated_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint gap_unit_cost_one_per_indicator unique (set_code, indicator_code)
);

create sequence gap_estimate_seq start with 1 increment by 50;
create table gap_estimate (
    id             bigint primary key,
    assessment_id  bigint       not null references assessment (id),
    unit_code      varchar(5)   not null,
    district_code  varchar(5),
    indicator_code varchar(20)  not null,
    field_code     varchar(40)  not null,
    amount         bigint check (amount between 1 and 1000000000000000),
    quantity       numeric(18, 3) check (quantity > 0),
    sources        jsonb        not null default '[]',
    note           text,
    updated_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint gap_estimate_one_per_indicator unique (assessment_id, indicator_code),
    constraint gap_estimate_amount_or_quantity check ((amount is null) <> (quantity is null))
);
