-- Worklists that page on the server (docs/adr/0003-work-item-index.md): each open work item keeps the
-- warning colour the WarningPolicy last gave it, so the warning filter is a column, and one index
-- serves the list's filter (open, department, role) and its order (due date, then age). It replaces
-- ix_work_item_open, whose only reader was the unpaged worklist.
alter table work_item add column warning varchar(8);
-- Open items get their colour at the next deadline sweep.
update work_item set warning = 'GREEN', next_check_on = date '2000-01-01' where completed_at is null;
create index ix_work_item_worklist on work_item (completed_at, department_code, role, due_date, created_at, task_id);
drop index ix_work_item_open;
