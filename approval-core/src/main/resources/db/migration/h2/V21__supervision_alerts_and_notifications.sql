-- Supervision alerts (预警 / 超期 / provisional due dates) and the staff's in-app inbox (issue 4).
-- uk_alert_once makes a warning fire once per case, stage and kind, also across server nodes.

create table alert (
    id varchar(36) not null primary key,
    kind varchar(32) not null,
    case_number varchar(32) not null,
    stage varchar(16) not null,
    department_code varchar(32) not null,
    handler varchar(64),
    due_date date,
    raised_at timestamp(6) with time zone not null,
    resolved_at timestamp(6) with time zone,
    constraint uk_alert_once unique (case_number, stage, kind)
);
create index ix_alert_open on alert (resolved_at, raised_at);

create table alert_recipient (
    alert_id varchar(36) not null,
    username varchar(64) not null,
    primary key (alert_id, username),
    constraint fk_alert_recipient_alert foreign key (alert_id) references alert (id)
);

create table notification (
    id varchar(36) not null primary key,
    recipient varchar(64) not null,
    subject varchar(200) not null,
    body varchar(2000) not null,
    case_number varchar(32),
    created_at timestamp(6) with time zone not null,
    read_at timestamp(6) with time zone
);
create index ix_notification_recipient on notification (recipient, created_at);
