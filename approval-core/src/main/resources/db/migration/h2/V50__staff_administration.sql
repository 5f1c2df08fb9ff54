-- Staff and departments administered by ADMIN: roles are granted per department (a reviewer in
-- one department may be the head of another), a reset password must be changed at the next
-- sign-in, and every change an administrator makes is written to the admin audit.

create table account_grant (
    account_id varchar(36) not null,
    department_code varchar(32) not null,
    role varchar(16) not null,
    primary key (account_id, department_code, role),
    constraint fk_account_grant_account foreign key (account_id) references account (id)
);
-- Until now every staff role held in every department of the account: keep exactly that.
insert into account_grant (account_id, department_code, role)
select r.account_id, d.department_code, r.role
from account_role r join account_department d on d.account_id = r.account_id
where r.role not in ('APPLICANT', 'AGENT');

alter table account add column must_change_password boolean default false not null;

create table admin_audit (
    id varchar(36) not null primary key,
    at timestamp(6) with time zone not null,
    actor varchar(64) not null,
    action varchar(32) not null,
    target_kind varchar(16) not null,
    target varchar(64) not null,
    before_summary varchar(2000),
    after_summary varchar(2000)
);
create index ix_admin_audit_at on admin_audit (at);
