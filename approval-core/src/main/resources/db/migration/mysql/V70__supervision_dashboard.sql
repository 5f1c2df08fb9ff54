-- E-supervision figures (docs/supervision.md, docs/adr/0030-supervision-dashboard.md): every figure is a range
-- over one indexed date of the case (received, accepted, completed, promised due date) or over the open
-- alerts, never a scan of every case.
create index ix_case_submitted on case_file (submitted_at);
create index ix_case_accepted on case_file (accepted_at);
create index ix_case_completed on case_file (completed_at, department_code);
create index ix_case_promised_due on case_file (due_date);
create index ix_alert_open_kind on alert (resolved_at, kind, case_number);
create index ix_clock_entry_reason on case_clock_entry (reason, occurred_at);
