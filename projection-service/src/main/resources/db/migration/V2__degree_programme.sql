-- Read models of the degree programme (求学圆梦).
--
-- The subsidy figures are kept as signed facts: one row per event that moves a figure, holding by how much it
-- moved each one and when (the envelope's timestamp). The figures now are the sums over a year's facts; the
-- figures as of a moment are the sums over the facts before it. Facts are only ever inserted, so a past date's
-- figures cannot change once every event before it has arrived.

-- A year's quota as the operations centre set it.
create table subsidy_quota (
    year                   integer primary key,
    places                 integer     not null,
    subsidy_junior_college numeric,
    subsidy_bachelor       numeric,
    set_at                 timestamptz not null
);

-- Each application as it stands now. Every column but the id and status may be null until the submission
-- arrives (a later event of the application can only arrive first if the submission could not be read).
create table degree_application (
    application_id text primary key,
    worker_id      text,
    year           integer,
    level          text check (level in ('JUNIOR_COLLEGE', 'BACHELOR')),
    city_code      text,
    palace_id      text,
    status         text    not null check (status in ('SUBMITTED', 'APPROVED', 'WAITING_FOR_QUOTA', 'REJECTED',
                                                      'ADMITTED', 'GRADUATED', 'WITHDRAWN')),
    paid_amount    numeric not null default 0,
    submitted_at   timestamptz
);
create index degree_application_year_city_idx on degree_application (year, city_code);

-- One row per event that moves a subsidy figure. city_code is null for the province's own figure (quota).
-- year and city_code are null on an application's fact (payment, graduation, withdrawal) while the
-- application's year and city are not known yet; they are filled in as soon as they are.
create table subsidy_fact (
    event_id       text primary key,
    event_type     text        not null,
    application_id text,
    year           integer,
    city_code      text,
    occurred_at    timestamptz not null,
    d_quota        integer     not null default 0,
    d_allocated    integer     not null default 0,
    d_reserved     integer     not null default 0,
    d_waiting      integer     not null default 0,
    d_paid_places  integer     not null default 0,
    d_paid_amount  numeric     not null default 0,
    d_graduated    integer     not null default 0,
    d_withdrawn    integer     not null default 0
);
create index subsidy_fact_year_time_idx on subsidy_fact (year, occurred_at);
create index subsidy_fact_unresolved_idx on subsidy_fact (application_id) where year is null;
