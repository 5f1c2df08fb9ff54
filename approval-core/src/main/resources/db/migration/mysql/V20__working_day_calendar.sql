-- The working-day calendar per year (issue 4): one row per loaded year, its listed days (days off and
-- adjusted working weekend days; every other day is Mon–Fri), and an audit row per import.

create table calendar_year (
    calendar_year integer not null primary key,
    row_version bigint not null,
    content_sha256 char(64) not null,
    papers varchar(4000) not null,
    working_days integer not null,
    loaded_at datetime(6) not null,
    loaded_by varchar(64) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table calendar_day (
    calendar_year integer not null,
    day_date date not null,
    name varchar(100) not null,
    off_day boolean not null,
    primary key (calendar_year, day_date),
    constraint fk_calendar_day_year foreign key (calendar_year) references calendar_year (calendar_year)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table calendar_import (
    id varchar(36) not null primary key,
    calendar_year integer not null,
    outcome varchar(16) not null,
    imported_by varchar(64) not null,
    imported_at datetime(6) not null,
    content_sha256 char(64) not null,
    previous_sha256 char(64),
    days_added integer not null,
    days_removed integer not null,
    days_changed integer not null,
    changes varchar(4000) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_calendar_import_year on calendar_import (calendar_year, imported_at);
