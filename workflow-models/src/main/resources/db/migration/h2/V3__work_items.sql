-- Work items: OpenHall's own index of open user tasks, so worklists filter and sort on
-- department, stage and due date without joining Camunda's variable tables.
create table work_item (
    task_id varchar(64) not null primary key,
    row_version bigint,
    process_instance_id varchar(64) not null,
    case_number varchar(32) not null,
    item_code varchar(32) not null,
    item_name varchar(200) not null,
    stage varchar(16) not null,
    role varchar(16) not null,
    department_code varchar(32) not null,
    due_date date,
    assignee varchar(64),
    created_at timestamp(6) with time zone not null,
    completed_at timestamp(6) with time zone,
    completed_by varchar(64),
    outcome varchar(32)
);
create index ix_work_item_open on work_item (completed_at, department_code, stage, due_date);
create index ix_work_item_case on work_item (case_number);
