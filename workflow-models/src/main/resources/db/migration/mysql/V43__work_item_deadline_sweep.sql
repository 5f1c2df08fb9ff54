-- The deadline sweep (docs/adr/0008-legal-clock-policies.md): each open work item stores the end of its
-- stage budget and the next day its warnings may change, so a sweep is one index range scan.
alter table work_item add column stage_due_date date;
alter table work_item add column next_check_on date;
create index ix_work_item_next_check on work_item (completed_at, next_check_on);

-- ShedLock: the sweep runs once per interval across all nodes.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
