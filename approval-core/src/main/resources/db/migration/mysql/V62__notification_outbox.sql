-- 消息通知 (issue 10 point 6): e-mails and text messages to applicants, written in the same
-- transaction as the change they report and sent later by the relay (docs/adr/0024). A row is never
-- deleted on failure: it stays PENDING with its attempts counted until it is sent.

create table notification_outbox (
    id varchar(36) not null primary key,
    recipient_account_id varchar(36) not null,
    channel varchar(8) not null,
    address varchar(254) not null,
    subject varchar(200) not null,
    body varchar(4000) not null,
    case_number varchar(32),
    status varchar(16) not null,
    attempts int not null,
    next_attempt_at datetime(6) not null,
    claimed_by varchar(64),
    created_at datetime(6) not null,
    sent_at datetime(6),
    last_error varchar(200)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_outbox_due on notification_outbox (status, next_attempt_at);
create index ix_outbox_recipient on notification_outbox (recipient_account_id, created_at);
