-- 我的账户 (docs/adr/0029): one-time codes that confirm an e-mail address before it is stored on the
-- account (the rules of phone codes: salted hash only, 10 minutes, 5 tries, once), the choice whether
-- case notifications go by e-mail, and the party an online account was registered for, unique, so that
-- two registrations of one ID number or credit code at the same instant cannot both succeed.
create table email_code (
    id varchar(36) not null primary key,
    account_id varchar(36) not null,
    email varchar(254) not null,
    code_salt varchar(32) not null,
    code_hash varchar(64) not null,
    issued_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    tries int default 0 not null,
    used_at timestamp(6) with time zone,
    requested_from varchar(64)
);
create index ix_email_code_account_issued on email_code (account_id, issued_at);
create index ix_email_code_email_issued on email_code (email, issued_at);
alter table account add column email_notifications boolean default true not null;
alter table account add column online_party_id varchar(32);
create unique index ux_account_online_party on account (online_party_id);
