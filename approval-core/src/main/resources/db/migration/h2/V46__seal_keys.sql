-- 部门印章 (demo profile only): each department's seal key and self-signed certificate, created once as a
-- PKCS#12 store and kept here so that every node of a cluster signs with the same key. Production reads
-- its keys from the configured keystore and leaves this table empty.

create table seal_key (
    department_code varchar(32) not null primary key,
    pkcs12 blob not null,
    created_at timestamp(6) with time zone not null
);
