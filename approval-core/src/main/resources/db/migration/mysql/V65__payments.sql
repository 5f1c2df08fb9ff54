-- 缴费 (issue 10 point 4, ADR 0027): the fee one case owes before its licence is issued, in fen (分,
-- a whole number: never a floating-point amount), from DUE to PAID; paid at the bank window (a clerk
-- records the bank's reference) or online (the gateway's transaction id, confirmed by its signed
-- callback). One payment per case; the unique order id lets a callback find it.

create table payment (
    id varchar(36) not null primary key,
    case_number varchar(32) not null,
    amount_fen bigint not null,
    status varchar(16) not null,
    method varchar(16),
    reference varchar(64),
    order_id varchar(36),
    due_at datetime(6) not null,
    paid_at datetime(6),
    recorded_by varchar(36),
    version bigint not null,
    constraint uk_payment_case unique (case_number),
    constraint uk_payment_order unique (order_id),
    constraint ck_payment_amount check (amount_fen > 0)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
