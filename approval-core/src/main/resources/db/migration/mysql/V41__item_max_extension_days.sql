-- 行政许可法第四十二条: the most working days one extension may grant, as an item version states
-- it. Null (every existing row) means the item states none and the legal maximum applies: 10
-- working days, 15 for joint items (ExtensionLimitPolicy).
alter table item_version add column max_extension_days integer;
