-- 证照夹 and 免提交: a licence belongs to its holder (持证主体), the applicant of the case it was
-- issued on: the holder's account lists and downloads it, and may name it as a material of a later
-- application instead of uploading a copy. holder_party_id is the identifier in full (the holder's
-- own document prints it); it is never shown on public pages. Existing rows take the case's applicant.

alter table licence add column holder_account_id varchar(36);
alter table licence add column holder_party_id varchar(32);
update licence set
    holder_account_id = (select c.applicant_account_id from case_file c where c.case_number = licence.case_number),
    holder_party_id = (select c.applicant_party_id from case_file c where c.case_number = licence.case_number);
create index ix_licence_holder on licence (holder_account_id);

-- A held licence given for a required material (免提交), checked at filing: held by the applicant,
-- valid on the day, of the item the requirement names.
create table case_licence_material (
    case_id varchar(36) not null,
    requirement_id varchar(32) not null,
    licence_number varchar(40) not null,
    primary key (case_id, requirement_id, licence_number),
    constraint fk_case_licence_material_case foreign key (case_id) references case_file (id)
);
