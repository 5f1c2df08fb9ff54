-- 好差评 (issue 10): one rating per completed case — the overall level 1..5, the standard indicators
-- (efficiency, guide accuracy, convenience, platform usability; each optional), a comment — by the
-- applicant or the agent who filed it. The unique case number makes a second rating, even a
-- parallel one, fail instead of counting twice. A bad rating (1–2) opens a follow-up for supervision,
-- due a configured number of working days later.

create table rating (
    id varchar(36) not null primary key,
    case_number varchar(32) not null,
    item_code varchar(32) not null,
    department_code varchar(32) not null,
    score int not null,
    efficiency_score int,
    guide_accuracy_score int,
    convenience_score int,
    platform_usability_score int,
    rating_comment varchar(500),
    rater_account_id varchar(36) not null,
    rater_role varchar(16) not null,
    rated_at datetime(6) not null,
    constraint uk_rating_case unique (case_number),
    constraint ck_rating_score check (score between 1 and 5)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_rating_department_rated on rating (department_code, rated_at);

create table rating_follow_up (
    id varchar(36) not null primary key,
    rating_id varchar(36) not null,
    case_number varchar(32) not null,
    department_code varchar(32) not null,
    score int not null,
    opened_at datetime(6) not null,
    due_date date not null,
    due_date_provisional boolean not null,
    status varchar(16) not null,
    constraint uk_rating_follow_up_rating unique (rating_id),
    constraint fk_rating_follow_up_rating foreign key (rating_id) references rating (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_rating_follow_up_status_due on rating_follow_up (status, due_date);
create index ix_rating_follow_up_case on rating_follow_up (case_number);
