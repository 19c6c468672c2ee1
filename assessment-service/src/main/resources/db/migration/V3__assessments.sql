-- Snapshots of published criteria-set versions, fetched once from criteria-service and kept: evaluation never calls
-- criteria-service again. `document` is the exchange document exactly as criteria-service answered it.
create sequence criteria_set_snapshot_seq start with 1 increment by 50;
create table criteria_set_snapshot (
    id          bigint primary key,
    set_code    varchar(100) not null,
    set_version int          not null,
    level       varchar(10),
    name_vi     text,
    document    jsonb        not null,
    fetched_at  timestamptz  not null,
    fetched_by  varchar(200) not null,
    unique (set_code, set_version)
);

-- An assessment: one commune-level unit (the record valid on the reference date) × one published set version × one
-- year. The evaluation columns cache the rules module's verdict on the current values (a pure function of the
-- immutable snapshot and the values), rewritten in the transaction of every change, so that read models are SQL.
create sequence assessment_seq start with 1 increment by 50;
create table assessment (
    id                 bigint primary key,
    unit_id            bigint       not null references administrative_unit (id),
    unit_code          varchar(5)   not null,
    province_code      varchar(2)   not null,
    district_code      varchar(5),
    year               int          not null,
    reference_date     date         not null,
    snapshot_id        bigint       not null references criteria_set_snapshot (id),
    set_code           varchar(100) not null,
    set_version        int          not null,
    set_level          varchar(10),
    commune_class      varchar(40),
    state              varchar(20)  not null check (state in ('DRAFT', 'SUBMITTED', 'IN_APPRAISAL', 'APPRAISED', 'RECOGNISED', 'RETURNED')),
    round              int          not null default 1,
    criteria_met       int          not null default 0,
    criteria_total     int          not null default 0,
    criteria_agreed    int          not null default 0,
    standard_reached   boolean      not null default false,
    return_reason      text,
    recognition_id     bigint references recognition (id),
    created_by         varchar(200) not null,
    created_at         timestamptz  not null,
    updated_by         varchar(200) not null,
    updated_at         timestamptz  not null,
    submitted_by       varchar(200),
    submitted_at       timestamptz,
    version            bigint       not null default 0,
    constraint assessment_one_per_unit_set_year unique (unit_id, set_code, set_version, year)
);
create index assessment_province_state_idx on assessment (province_code, state, year);
create index assessment_province_year_idx on assessment (province_code, year, district_code);
create index assessment_unit_idx on assessment (unit_code, set_code, year desc);
create index assessment_unit_id_idx on assessment (unit_id, year desc);

create sequence indicator_value_seq start with 1 increment by 50;
create table indicator_value (
    id             bigint primary key,
    assessment_id  bigint       not null references assessment (id),
    indicator_code varchar(20)  not null,
    flag           boolean,
    amount         numeric,
    note           text,
    data_source    text,
    entered_by     varchar(200) not null,
    entered_at     timestamptz  not null,
    unique (assessment_id, indicator_code),
    constraint indicator_value_one_kind check (flag is null or amount is null)
);

-- Verdicts of the sector departments, one per criterion and round; a return opens a new round, the old verdicts stay.
create sequence appraisal_seq start with 1 increment by 50;
create table appraisal (
    id              bigint primary key,
    assessment_id   bigint       not null references assessment (id),
    round           int          not null,
    criterion_code  varchar(20)  not null,
    verdict         varchar(10)  not null check (verdict in ('AGREE', 'DISAGREE')),
    comment         text,
    department_code varchar(20)  not null,
    appraiser       varchar(200) not null,
    appraised_at    timestamptz  not null,
    unique (assessment_id, round, criterion_code),
    constraint appraisal_disagree_says_why check (verdict = 'AGREE' or (comment is not null and length(trim(comment)) > 0))
);

-- Evidence files: metadata here, bytes in evidence_content so listing never loads them.
create sequence evidence_file_seq start with 1 increment by 50;
create table evidence_file (
    id             bigint primary key,
    assessment_id  bigint       not null references assessment (id),
    indicator_code varchar(20)  not null,
    file_name      varchar(200) not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256         varchar(64)  not null check (length(sha256) = 64),
    uploaded_by    varchar(200) not null,
    uploaded_at    timestamptz  not null
);
create index evidence_file_assessment_idx on evidence_file (assessment_id, indicator_code);
create table evidence_content (
    evidence_id bigint primary key references evidence_file (id) on delete cascade,
    content     bytea  not null
);

-- The published status of every commune-level unit record, kept by the service in the transaction of each change
-- that affects it (recognition, pilot, assessment appraised/recognised/returned). `last_changed` moves only when a
-- published fact changes, so external systems can follow it with ?updatedSince=.
create table commune_status (
    unit_id             bigint       primary key references administrative_unit (id),
    unit_code           varchar(5)   not null,
    unit_name           varchar(200) not null,
    province_code       varchar(2)   not null,
    valid_from          date,
    valid_to            date,
    level               varchar(10),
    decision_number     varchar(100),
    decision_date       date,
    held_by             date,
    set_code            varchar(100),
    set_version         int,
    assessment_year     int,
    criteria_met        int,
    criteria_total      int,
    pilot               boolean      not null,
    last_changed        timestamptz  not null
);
create index commune_status_feed_idx on commune_status (last_changed, unit_id);
create index commune_status_province_idx on commune_status (province_code, unit_code);
create index commune_status_code_idx on commune_status (unit_code, valid_from);
