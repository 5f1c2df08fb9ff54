-- ADR 0025: a notification's English text beside the Chinese one, for the inbox read in English;
-- absent on older rows, which stay Chinese (marked lang="zh-CN").
ALTER TABLE notification ADD COLUMN subject_en VARCHAR(200) NULL;
ALTER TABLE notification ADD COLUMN body_en VARCHAR(2000) NULL;
