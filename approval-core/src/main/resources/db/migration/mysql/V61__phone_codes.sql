-- 短信验证码 (docs/adr/0023): one-time codes that confirm a phone for online registration or a forgotten
-- password. Only a salted hash of the code is kept; a code is valid 10 minutes, for at most 5 tries.
create table phone_code (
    id varchar(36) not null primary key,
    phone varchar(20) not null,
    purpose varchar(16) not null,
    code_salt varchar(32) not null,
    code_hash varchar(64) not null,
    issued_at datetime(6) not null,
    expires_at datetime(6) not null,
    tries int not null default 0,
    used_at datetime(6),
    requested_from varchar(64)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_phone_code_phone_issued on phone_code (phone, issued_at);
