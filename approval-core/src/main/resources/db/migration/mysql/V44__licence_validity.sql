-- 证照有效期: how long a licence issued under an item version is valid, as the item states it:
-- YEARS (licence_validity_years from the day of issue), UNTIL (licence_validity_until, the last
-- day) or LONG_TERM (长期有效). Null kind (every existing row): none stated, licences are long-term.
alter table item_version add column licence_validity_kind varchar(16);
alter table item_version add column licence_validity_years integer;
alter table item_version add column licence_validity_until date;
