-- 短信 message log (docs/adr/0023): the demo profile's SmsGateway writes each text message here instead of
-- sending it, so that ADMIN can read a one-time code in the console. Nothing writes it outside the demo.
create table sms_message_log (
    id varchar(36) not null primary key,
    phone varchar(20) not null,
    text varchar(500) not null,
    sent_at timestamp(6) with time zone not null
);
create index ix_sms_message_log_sent on sms_message_log (sent_at);
