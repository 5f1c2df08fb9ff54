-- 一窗受理: a clerk registers a walk-in applicant on the spot. The account has no usable password
-- (it cannot sign in) until the person registers online with the same ID number or credit code and
-- claims it; a company is recorded with its legal representative (法定代表人).
alter table account add column registered_at_window boolean default false not null;
alter table account add column registered_by_account_id varchar(36);
alter table account add column legal_representative_name varchar(100);
alter table account add column legal_representative_id_number varchar(18);
