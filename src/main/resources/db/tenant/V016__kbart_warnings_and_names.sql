-- KBART imports of real providers' files (issue 15).
--
-- Warnings: an accepted line from which something was dropped (an invalid identifier beside a valid one, an
-- unusable title_url, ...) is imported and reported: lines_warned counts those lines, warned_lines keeps the
-- first 1,000 warnings as [{line, reason}].
--
-- name_key: the title's name in lower case with only its letters and digits. Two titles of one file that share
-- an identifier (title_key) but not a name are two titles: the one whose name the stored title has (else the
-- first in the file) keeps the title key, the other gets '<title_key>|name:<name_key>'.
--
-- resources.jsonb (V002's storage contract) gains the managed, package-specific values
--   managedRollingWindow: {unit: Days|Months|Years, value}   KBART embargo_info R: only the most recent period
--   managedCoverageDepth: fulltext|abstracts|selected articles|...   KBART coverage_depth
--   managedNotes: text                                        KBART notes
-- and managedEmbargoPeriod is KBART's P (moving wall). Imports before this version stored R as the embargo; the
-- next import of such a package corrects it.

ALTER TABLE kbart_imports ADD COLUMN lines_warned integer NOT NULL DEFAULT 0;
ALTER TABLE kbart_imports ADD COLUMN warned_lines jsonb NOT NULL DEFAULT '[]';
ALTER TABLE kbart_staged_lines ADD COLUMN name_key text NOT NULL DEFAULT '';
