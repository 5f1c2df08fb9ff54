-- 代办授权: an agent's mandate to file for a principal (a registered person or company), limited to
-- some items (no mandate_item rows = all items) and to a period, usable once the principal confirmed
-- it. A case filed under a mandate names the principal as its applicant and the agent beside it.

create table mandate (
    id varchar(36) not null primary key,
    row_version bigint,
    agent_account_id varchar(36) not null,
    agent_name varchar(100) not null,
    principal_account_id varchar(36) not null,
    principal_name varchar(100) not null,
    principal_kind varchar(16) not null,
    principal_party_id varchar(32) not null,
    valid_from date not null,
    valid_to date not null,
    status varchar(24) not null,
    recorded_at datetime(6) not null,
    confirmed_at datetime(6),
    constraint fk_mandate_agent foreign key (agent_account_id) references account (id),
    constraint fk_mandate_principal foreign key (principal_account_id) references account (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_mandate_agent on mandate (agent_account_id, principal_party_id);
create index ix_mandate_principal on mandate (principal_account_id);

create table mandate_item (
    mandate_id varchar(36) not null,
    item_code varchar(32) not null,
    primary key (mandate_id, item_code),
    constraint fk_mandate_item_mandate foreign key (mandate_id) references mandate (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- A principal is found by the number on their account.
create index ix_account_party_id on account (party_id);

-- The agent who filed a case for its applicant, and the mandate they filed under (null: no agent).
alter table case_file add column agent_account_id varchar(36);
alter table case_file add column agent_name varchar(100);
alter table case_file add column mandate_id varchar(36);
