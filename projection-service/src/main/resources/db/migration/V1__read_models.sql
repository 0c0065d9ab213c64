-- Read models of projection-service. Events of the two topics arrive in no guaranteed order relative to each
-- other (a sign-up may arrive before its class), so the tables hold facts as the events state them and carry no
-- foreign keys between them; the figures are joined and aggregated at query time.

-- One row per applied event: the dedup record, committed in the same transaction as the event's update.
create table processed_event (
    event_id           text primary key,
    event_type         text        not null,
    aggregate_id       text        not null,
    aggregate_sequence bigint      not null,
    event_time         timestamptz not null,
    applied_at         timestamptz not null default now()
);
-- asOfEvent = max(event_time)
create index processed_event_time_idx on processed_event (event_time);

create table palace (
    palace_id text primary key,
    name      text not null,
    level     text not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    city_code text not null,
    parent_id text
);
create index palace_city_idx on palace (city_code);

create table course (
    course_id text primary key,
    palace_id text not null,
    category  text not null,
    title     text not null
);

-- "class" is a reserved word in SQL
create table clazz (
    class_id  text primary key,
    course_id text    not null,
    palace_id text    not null,
    title     text    not null,
    year      integer not null,
    capacity  integer not null,
    lessons   integer not null,
    status    text    not null check (status in ('OPEN', 'CANCELLED', 'COMPLETED'))
);
create index clazz_year_palace_idx on clazz (year, palace_id);
create index clazz_palace_year_idx on clazz (palace_id, year);

-- A worker's sign-up to a class as it stands now. CONFIRMED and WAITLISTED are active; CANCELLED (by the worker)
-- and ENDED (class cancelled, or still waitlisted when it completed) are not. A completed class's trainees keep
-- CONFIRMED with completed = true.
create table sign_up (
    class_id     text        not null,
    worker_id    text        not null,
    status       text        not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ENDED')),
    completed    boolean     not null default false,
    signed_up_at timestamptz,
    primary key (class_id, worker_id)
);

create table attendance (
    class_id     text        not null,
    worker_id    text        not null,
    lesson_index integer     not null,
    recorded_at  timestamptz,
    primary key (class_id, worker_id, lesson_index)
);

-- Workers without personal data: where they registered, for figures by city.
create table worker (
    worker_id        text primary key,
    palace_id        text    not null,
    city_code        text,
    service_point_id text,
    front_line       boolean not null,
    migrant_worker   boolean not null,
    registered_at    timestamptz
);
