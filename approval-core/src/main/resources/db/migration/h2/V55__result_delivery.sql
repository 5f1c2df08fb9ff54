-- 送达: how each result of a case (its licence or decision) was handed over: collected at the window
-- (the collector's name and checked resident ID number, relation, when), posted (carrier, tracking
-- number, day) or downloaded online (recorded once per case: once_key is the case number then).

create table result_delivery (
    id varchar(36) not null primary key,
    case_number varchar(32) not null,
    department_code varchar(32) not null,
    method varchar(32) not null,
    delivered_result varchar(16) not null,
    collector_name varchar(100),
    collector_id_number varchar(18),
    collector_relation varchar(100),
    delivered_at timestamp(6) with time zone,
    carrier varchar(100),
    tracking_number varchar(40),
    posted_on date,
    once_key varchar(32),
    recorded_at timestamp(6) with time zone not null,
    recorded_by_account_id varchar(36),
    recorded_by_name varchar(100),
    constraint uk_result_delivery_once unique (once_key)
);
create index ix_result_delivery_case on result_delivery (case_number, recorded_at);
