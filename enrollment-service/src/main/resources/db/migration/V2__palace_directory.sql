-- Copies of course-service's palaces and service points (from course-events), for registration checks.
CREATE TABLE palace_directory (
    palace_id TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    level     TEXT NOT NULL,
    city_code TEXT NOT NULL,
    parent_id TEXT
);

CREATE TABLE service_point_directory (
    service_point_id TEXT PRIMARY KEY,
    palace_id        TEXT NOT NULL,
    name             TEXT
);
