-- 申请草稿 (issue 10.2, ADR 0028): an application an account has started but not filed, one per
-- account and item. It names the item version it was saved against (a newer version drops fields that
-- no longer exist), the agent's mandate when filed for a principal, the typed form values (JSON) and
-- the chosen materials (JSON: vault material ids or held licence numbers by requirement).

create table application_draft (
    id varchar(36) not null primary key,
    account_id varchar(36) not null,
    item_code varchar(32) not null,
    item_version integer not null,
    mandate_id varchar(36),
    form_data longtext not null,
    materials longtext not null,
    saved_at datetime(6) not null,
    version bigint not null,
    constraint uk_application_draft_item unique (account_id, item_code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_application_draft_saved on application_draft (account_id, saved_at);
