-- The language an account's e-mails and text messages are written in (ADR 0029): null or 'zh-CN' for
-- Chinese, the hall's language; 'en' for English. Chosen on My account, first taken from registration.
alter table account add column message_language varchar(8);
