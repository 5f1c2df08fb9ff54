-- 首问负责: the enquiry log of the window. Who asked (name, optional phone), about what (optional
-- catalogue item, free text), the answer or the referral, when, and which staff member of which
-- department recorded it. Staff read the enquiries of their own departments.

create table enquiry (
    id varchar(36) not null primary key,
    department_code varchar(32) not null,
    asker_name varchar(100) not null,
    asker_phone varchar(20),
    item_code varchar(32),
    item_name varchar(200),
    question varchar(2000) not null,
    answer varchar(2000),
    referred_to varchar(200),
    recorded_at timestamp(6) with time zone not null,
    recorded_by_account_id varchar(36) not null,
    recorded_by_name varchar(100) not null
);
create index ix_enquiry_department_recorded on enquiry (department_code, recorded_at);
create index ix_enquiry_recorded on enquiry (recorded_at);
