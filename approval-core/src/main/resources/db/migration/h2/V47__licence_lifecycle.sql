-- 证照生命周期: a licence is revoked (撤销 §69, or 吊销 as a penalty) by an approver with a reason, or ends
-- when a change or renewal issues its next version (superseded) or a cancellation is approved (注销, §70).
-- The status column keeps VALID, REVOKED, SUPERSEDED or CANCELLED; EXPIRED is derived from valid_until.
alter table licence add column ended_on date;
alter table licence add column revoked_at timestamp(6) with time zone;
alter table licence add column revocation_kind varchar(16);
alter table licence add column revocation_reason varchar(500);
alter table licence add column revoked_by varchar(64);
alter table licence add column superseded_by varchar(40);
alter table licence add column supersedes varchar(40);
alter table licence add column cancelled_by_case varchar(32);

-- 变更, 延续, 注销: a case that applies for a change, renewal or cancellation of a licence the applicant holds.
alter table case_file add column based_on_licence varchar(40);
alter table case_file add column licence_action varchar(16);
create index ix_case_file_based_on_licence on case_file (based_on_licence);
