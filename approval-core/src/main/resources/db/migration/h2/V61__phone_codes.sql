-- 短信验证码 (docs/adr/0023): one-time codes that confirm a phone for online registration or a forgotten
-- password. Only a salted hash of the code is kept; a code is valid 10 minutes, for at most 5 tries.
create table phone_code (
    id varchar(36) not null primary key,
    phone varchar(20) not null,
    purpose varchar(16) not null,
    code_salt varchar(32) not null,
    code_hash varchar(64) not null,
    issued_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    tries int default 0 not null,
    used_at timestamp(6) with time zone,
    requested_from varchar(64)
);
create index ix_phone_code_phone_issued on phone_code (phone, issued_at);
