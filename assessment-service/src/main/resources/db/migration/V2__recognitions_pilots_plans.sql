-- Recognitions (công nhận) of communes: level, the People's Committee decision, the set it was assessed against, and
-- a revocation if the commune later fell below standard. Seeded historical facts may lack a decision number (the
-- sources do not give it): they carry the source instead, and `held_by` says by when the source shows it held.
create sequence recognition_seq start with 1 increment by 50;
create table recognition (
    id                  bigint primary key,
    unit_id             bigint       not null references administrative_unit (id),
    unit_code           varchar(5)   not null,
    province_code       varchar(2)   not null,
    level               varchar(10)  not null check (level in ('BASIC', 'ADVANCED', 'MODEL')),
    decision_number     varchar(100),
    decision_date       date,
    issuing_body        varchar(200),
    recognised_on       date,
    held_by             date         not null,
    set_code            varchar(100),
    set_version         int,
    assessment_id       bigint,
    source              text,
    note                text,
    revoked_on          date,
    revocation_decision varchar(100),
    revocation_reason   text,
    recorded_by         varchar(200) not null,
    recorded_at         timestamptz  not null,
    version             bigint       not null default 0,
    constraint recognition_decision_or_source check (decision_number is not null or source is not null),
    constraint recognition_revocation_complete check ((revoked_on is null) = (revocation_reason is null))
);
create index recognition_province_idx on recognition (province_code, level, held_by);
create index recognition_unit_idx on recognition (unit_id);
create index recognition_code_idx on recognition (unit_code);

-- Pilot communes (thí điểm): the plan appendix's three and any the coordinator designates.
create sequence pilot_designation_seq start with 1 increment by 50;
create table pilot_designation (
    id            bigint primary key,
    unit_id       bigint       not null references administrative_unit (id),
    unit_code     varchar(5)   not null,
    province_code varchar(2)   not null,
    basis         text         not null,
    designated_on date         not null,
    designated_by varchar(200) not null,
    ended_on      date,
    end_reason    text,
    ended_by      varchar(200),
    version       bigint       not null default 0
);
create unique index pilot_designation_active_idx on pilot_designation (unit_id) where ended_on is null;
create index pilot_designation_province_idx on pilot_designation (province_code, unit_code);

-- Programme plans and their targets, held as data and evaluated live.
create sequence programme_plan_seq start with 1 increment by 50;
create table programme_plan (
    id                bigint primary key,
    code              varchar(60)  not null unique,
    title             text         not null,
    province_code     varchar(2)   not null,
    start_year        int          not null,
    end_year          int          not null,
    criteria_set_code varchar(100),
    issued_on         date,
    source            text,
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint programme_plan_period check (start_year <= end_year)
);
create index programme_plan_province_idx on programme_plan (province_code, start_year, end_year);

create sequence plan_target_seq start with 1 increment by 50;
create table plan_target (
    id                bigint primary key,
    plan_id           bigint       not null references programme_plan (id),
    code              varchar(60)  not null,
    kind              varchar(30)  not null check (kind in ('RECOGNISED_COUNT', 'MIN_CRITERIA_MET')),
    description       text         not null,
    level             varchar(10) check (level in ('BASIC', 'ADVANCED', 'MODEL')),
    population_level  varchar(10) check (population_level in ('BASIC', 'ADVANCED', 'MODEL')),
    criteria_set_code varchar(100),
    minimum           int          not null check (minimum >= 0),
    deadline          date         not null,
    source            text,
    version           bigint       not null default 0,
    unique (plan_id, code)
);

-- District roadmaps (lộ trình): per commune the level aimed at, the year, milestones and status.
create sequence roadmap_seq start with 1 increment by 50;
create table roadmap (
    id            bigint primary key,
    unit_id       bigint       not null references administrative_unit (id),
    unit_code     varchar(5)   not null,
    province_code varchar(2)   not null,
    district_code varchar(5),
    target_level  varchar(10)  not null check (target_level in ('BASIC', 'ADVANCED', 'MODEL')),
    target_year   int          not null,
    status        varchar(20)  not null check (status in ('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'ABANDONED')),
    note          text,
    updated_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    unique (unit_id, target_level)
);
create index roadmap_province_idx on roadmap (province_code, district_code);

create sequence roadmap_milestone_seq start with 1 increment by 50;
create table roadmap_milestone (
    id         bigint primary key,
    roadmap_id bigint       not null references roadmap (id) on delete cascade,
    position   int          not null,
    title      text         not null,
    due_date   date         not null,
    done_on    date
);
create index roadmap_milestone_roadmap_idx on roadmap_milestone (roadmap_id, position);

-- Obstacles (vướng mắc) reported up to the coordination office.
create sequence obstacle_seq start with 1 increment by 50;
create table obstacle (
    id             bigint primary key,
    unit_id        bigint       not null references administrative_unit (id),
    unit_code      varchar(5)   not null,
    province_code  varchar(2)   not null,
    district_code  varchar(5),
    criterion_code varchar(20),
    title          varchar(300) not null,
    description    text         not null,
    status         varchar(10)  not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    raised_by      varchar(200) not null,
    raised_at      timestamptz  not null,
    answer         text,
    answered_by    varchar(200),
    answered_at    timestamptz,
    closed_by      varchar(200),
    closed_at      timestamptz,
    version        bigint       not null default 0
);
create index obstacle_province_idx on obstacle (province_code, status, unit_code);
create index obstacle_unit_idx on obstacle (unit_code, status);
