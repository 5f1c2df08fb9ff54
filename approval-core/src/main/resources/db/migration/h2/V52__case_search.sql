-- 办件查询: staff find cases by exact ID number / credit code, by department and date, by item.
create index ix_case_party_id on case_file (applicant_party_id);
create index ix_case_department_submitted on case_file (department_code, submitted_at);
create index ix_case_item_submitted on case_file (item_code, submitted_at);
