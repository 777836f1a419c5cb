-- When each staged line was written, so that the lines of an upload cut off before its import was queued (a crash,
-- a dropped connection the module never heard end) are swept a week later, as KBART's staged lines are
-- (platform/db/StagedLines). A constant default: no table rewrite.
ALTER TABLE stacks_import_bibs ADD COLUMN staged_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE stacks_import_items ADD COLUMN staged_at timestamptz NOT NULL DEFAULT now();
