-- An applicant's e-mail address for notifications (optional; without one they get a text message to
-- their phone). The unread count of the portal's header reads the inbox by recipient and read_at.

alter table account add column email varchar(254);
create index ix_notification_unread on notification (recipient, read_at);
