-- The legal clock as one part of the case (docs/adr/0008-legal-clock-policies.md): both due dates with
-- a provisional flag each, the §32 acceptance date, the stopped days, the running special procedure, and
-- whether any figure was counted through a year not loaded (recomputed when that year is imported).
alter table case_file add column legal_due_provisional boolean default false not null;
alter table case_file add column acceptance_due_on date;
alter table case_file add column acceptance_due_provisional boolean default false not null;
alter table case_file add column stopped_working_days integer default 0 not null;
alter table case_file add column stopped_provisional boolean default false not null;
alter table case_file add column special_procedure_kind varchar(32);
alter table case_file add column special_expected_days integer;
alter table case_file add column special_expected_end date;
alter table case_file add column figures_provisional boolean default false not null;
alter table case_file add column co_departments varchar(200);
create index ix_case_acceptance_due on case_file (status, acceptance_due_on);
create index ix_case_figures_provisional on case_file (figures_provisional, status);

-- Which department gave a timeline row (a joint case's co-department reviews).
alter table case_event add column department_code varchar(32);

-- 延期 (§42): requested by the case's handler, decided by a head of the lead department.
create table case_extension (
    id varchar(36) not null primary key,
    case_id varchar(36) not null,
    working_days integer not null,
    reason varchar(2000) not null,
    status varchar(16) not null,
    requested_by varchar(36) not null,
    requested_at datetime(6) not null,
    decided_by varchar(36),
    decided_at datetime(6),
    decision_note varchar(2000),
    constraint fk_case_extension_case foreign key (case_id) references case_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_case_extension_case on case_extension (case_id);

-- An alert belongs to one case, stage, department, kind and due date: a moved due date is a new alert,
-- and the stale one is resolved. Still unique, so two nodes never raise the same alert twice.
alter table alert drop index uk_alert_once;
alter table alert add constraint uk_alert_once unique (case_number, stage, department_code, kind, due_date);
create index ix_alert_case on alert (case_number, resolved_at);
