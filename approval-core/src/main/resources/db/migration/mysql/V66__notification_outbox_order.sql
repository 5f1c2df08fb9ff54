-- The order in which outbox messages were written, given by the database: created_at alone ties when
-- MySQL keeps whole seconds, and a case's messages must go out in the order of its steps (ADR 0024).
alter table notification_outbox add column sequence_number bigint not null auto_increment unique;
create index ix_outbox_due_order on notification_outbox (status, next_attempt_at, sequence_number);
