-- The legal clock ledger (计时台账): one row per START, STOP, RESUME and EXTENSION of a case's
-- clock, with reason, actor, time and working days; the due dates in force after each row.
create table case_clock_entry (
    id varchar(36) not null primary key,
    case_id varchar(36) not null,
    sequence_number integer not null,
    kind varchar(16) not null,
    reason varchar(32) not null,
    note varchar(2000),
    actor_id varchar(36),
    actor_role varchar(16) not null,
    occurred_at timestamp(6) with time zone not null,
    effective_on date not null,
    working_days integer not null,
    due_date date,
    legal_due_date date,
    constraint uk_case_clock_entry_sequence unique (case_id, sequence_number),
    constraint fk_case_clock_entry_case foreign key (case_id) references case_file (id)
);

-- The status to return to after a special procedure, and the deferrable (容缺) materials
-- still outstanding since acceptance.
alter table case_file add column resume_status varchar(32);
alter table case_file add column outstanding_deferrables varchar(500);
