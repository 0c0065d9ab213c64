-- Lookup tables for set-based validation. Subscribing event handlers write them in the transaction that stores the
-- event; command handlers check them before applying, and the unique indexes refuse whatever races past the check.

CREATE TABLE palace_directory (
    palace_id TEXT       NOT NULL PRIMARY KEY,
    level     VARCHAR(8) NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
    city_code CHAR(6)    NOT NULL,
    parent_id TEXT       REFERENCES palace_directory (palace_id)
);

-- exactly one PROVINCE palace
CREATE UNIQUE INDEX palace_directory_one_province ON palace_directory (level) WHERE level = 'PROVINCE';

-- one CITY palace per city code (any number of COUNTY palaces share it)
CREATE UNIQUE INDEX palace_directory_one_city_palace_per_city_code ON palace_directory (city_code) WHERE level = 'CITY';

CREATE TABLE service_point_directory (
    service_point_id TEXT NOT NULL PRIMARY KEY,
    palace_id        TEXT NOT NULL REFERENCES palace_directory (palace_id)
);

CREATE TABLE course_directory (
    course_id TEXT NOT NULL PRIMARY KEY,
    palace_id TEXT NOT NULL REFERENCES palace_directory (palace_id)
);
