-- OpenHall core tables. Flyway owns the schema; Hibernate only validates what it maps.

create table department (
    code varchar(32) not null primary key,
    name varchar(100) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table account (
    id varchar(36) not null primary key,
    version bigint,
    username varchar(64) not null,
    password_hash varchar(200) not null,
    display_name varchar(100) not null,
    kind varchar(16) not null,
    party_id varchar(32),
    phone varchar(32),
    enabled boolean not null,
    demo boolean not null,
    failed_logins integer not null,
    locked_until datetime(6),
    constraint uk_account_username unique (username)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table account_role (
    account_id varchar(36) not null,
    role varchar(16) not null,
    primary key (account_id, role),
    constraint fk_account_role_account foreign key (account_id) references account (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table account_department (
    account_id varchar(36) not null,
    department_code varchar(32) not null,
    primary key (account_id, department_code),
    constraint fk_account_department_account foreign key (account_id) references account (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table item_version (
    id varchar(36) not null primary key,
    row_version bigint,
    code varchar(32) not null,
    version_number integer not null,
    status varchar(16) not null,
    name varchar(200) not null,
    category varchar(16) not null,
    item_type varchar(24) not null,
    lead_department varchar(32) not null,
    legal_days integer not null,
    promised_days integer not null,
    online_depth integer not null,
    process_key varchar(64) not null,
    valid_from date,
    valid_until date,
    published_at datetime(6),
    guide longtext not null,
    form longtext not null,
    constraint uk_item_version unique (code, version_number),
    constraint fk_item_version_department foreign key (lead_department) references department (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_item_version_status on item_version (status, code);

create table material (
    id varchar(36) not null primary key,
    owner_id varchar(36) not null,
    file_name varchar(255) not null,
    media_type varchar(100) not null,
    size_bytes bigint not null,
    sha256 char(64) not null,
    uploaded_at datetime(6) not null,
    constraint uk_material_owner_sha unique (owner_id, sha256)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- Named counters for case and licence numbers (MySQL 8 has no sequences).
create table sequence_counter (
    name varchar(64) not null primary key,
    last_value bigint not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table case_file (
    id varchar(36) not null primary key,
    row_version bigint,
    case_number varchar(32) not null,
    item_version_id varchar(36) not null,
    item_code varchar(32) not null,
    item_name varchar(200) not null,
    department_code varchar(32) not null,
    process_key varchar(64) not null,
    promised_days integer not null,
    legal_days integer not null,
    applicant_account_id varchar(36) not null,
    applicant_name varchar(100) not null,
    applicant_kind varchar(16) not null,
    applicant_party_id varchar(32),
    applicant_phone varchar(32),
    filed_by_account_id varchar(36) not null,
    channel varchar(16) not null,
    status varchar(32) not null,
    submitted_at datetime(6) not null,
    accepted_at datetime(6),
    due_date date,
    due_date_provisional boolean not null,
    legal_due_date date,
    completed_at datetime(6),
    correction_issued_at datetime(6),
    idempotency_key varchar(100),
    form_data longtext not null,
    constraint uk_case_number unique (case_number),
    constraint uk_case_idempotency unique (filed_by_account_id, idempotency_key),
    constraint fk_case_item_version foreign key (item_version_id) references item_version (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_case_applicant on case_file (applicant_account_id, submitted_at);
create index ix_case_status_department on case_file (status, department_code, due_date);

create table case_material (
    case_id varchar(36) not null,
    requirement_id varchar(32) not null,
    material_id varchar(36) not null,
    primary key (case_id, requirement_id, material_id),
    constraint fk_case_material_case foreign key (case_id) references case_file (id),
    constraint fk_case_material_material foreign key (material_id) references material (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table case_correction_item (
    case_id varchar(36) not null,
    position integer not null,
    requirement_id varchar(32) not null,
    reason varchar(500) not null,
    primary key (case_id, position),
    constraint fk_case_correction_case foreign key (case_id) references case_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table case_event (
    id varchar(36) not null primary key,
    case_id varchar(36) not null,
    sequence_number integer not null,
    occurred_at datetime(6) not null,
    stage varchar(16) not null,
    action varchar(32) not null,
    status_after varchar(32) not null,
    actor_id varchar(36),
    actor_role varchar(16) not null,
    note varchar(2000),
    constraint uk_case_event_sequence unique (case_id, sequence_number),
    constraint fk_case_event_case foreign key (case_id) references case_file (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table licence (
    id varchar(36) not null primary key,
    licence_number varchar(40) not null,
    verification_code varchar(40) not null,
    case_number varchar(32) not null,
    item_code varchar(32) not null,
    item_name varchar(200) not null,
    licence_title varchar(200) not null,
    holder_name varchar(100) not null,
    holder_party_id_masked varchar(32),
    department_name varchar(100) not null,
    issued_on date not null,
    valid_until date,
    status varchar(16) not null,
    pdf_sha256 char(64) not null,
    issued_at datetime(6) not null,
    constraint uk_licence_number unique (licence_number),
    constraint uk_licence_verification unique (verification_code),
    constraint uk_licence_case unique (case_number)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- Spring Modulith's JPA event publication registry (the transactional outbox).
create table event_publication (
    id binary(16) not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(4000) not null,
    publication_date datetime(6) not null,
    completion_date datetime(6)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_event_publication_completion on event_publication (completion_date);
