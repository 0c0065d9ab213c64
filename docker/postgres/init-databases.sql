-- Runs once, when the PostgreSQL volume is first initialised: one database per service (no service reads
-- another's tables). Each service's Flyway migrations create its tables on start-up.
CREATE DATABASE palace_course;
CREATE DATABASE palace_enrollment;
CREATE DATABASE palace_projection;
