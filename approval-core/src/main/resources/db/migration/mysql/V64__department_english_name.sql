-- ADR 0025: a department's English name, optional; pages in English fall back to the Chinese one.
ALTER TABLE department ADD COLUMN name_en VARCHAR(200) NULL;
