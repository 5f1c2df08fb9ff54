-- 一窗受理: the clerk's checklist per material of a walk-in case — the original seen (核验原件) and
-- the copies taken (收取复印件) — with who ticked it and when.
create table material_verification (
    id varchar(36) not null primary key,
    case_number varchar(32) not null,
    requirement_id varchar(32) not null,
    original_seen boolean not null,
    copies_taken boolean not null,
    verified_by_account_id varchar(36) not null,
    verified_at datetime(6) not null,
    constraint uk_material_verification unique (case_number, requirement_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
