-- 效能投诉 (issue 10): an applicant's complaint about one of their cases or a department, numbered
-- TS + date + serial, in a fixed category, RECEIVED until supervision (issue 11) handles it. Read by
-- the complainant only, listed newest first.

create table complaint (
    id varchar(36) not null primary key,
    complaint_number varchar(20) not null,
    status varchar(16) not null,
    category varchar(32) not null,
    case_number varchar(32),
    department_code varchar(32) not null,
    content varchar(1000) not null,
    complainant_account_id varchar(36) not null,
    complainant_name varchar(100) not null,
    filed_at timestamp(6) with time zone not null,
    constraint uk_complaint_number unique (complaint_number)
);
create index ix_complaint_complainant_filed on complaint (complainant_account_id, filed_at);
create index ix_complaint_status_department on complaint (status, department_code);
