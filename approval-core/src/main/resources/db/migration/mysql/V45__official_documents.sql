-- 文书: every notice and decision of a case as a sealed PDF (行政许可法 §32, §38, §42, §45), one per case,
-- kind and step (the timeline row that caused it; 1 for kinds a case has once), verifiable by its code.

create table official_document (
    id varchar(36) not null primary key,
    case_number varchar(32) not null,
    kind varchar(32) not null,
    sequence_number int not null,
    title varchar(200) not null,
    issued_at datetime(6) not null,
    issued_on date not null,
    verification_code varchar(40) not null,
    department_code varchar(32) not null,
    department_name varchar(100) not null,
    pdf_sha256 varchar(64) not null,
    constraint uq_official_document_step unique (case_number, kind, sequence_number),
    constraint uq_official_document_code unique (verification_code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_official_document_case on official_document (case_number);
