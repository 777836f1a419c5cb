-- KBART imports of managed content (issue 3).
--
-- An upload is streamed into kbart_staged_lines in batches, one row per accepted title line, already parsed
-- into the storage contract's shapes (V002). The last batch, the import record and the background job are
-- written in one transaction, so an import exists exactly when its whole file is durable. The job merges
-- the staged lines into titles and resources batch by batch, each batch in its own transaction together
-- with the checkpoint (merged_key, removed_after) and the counters of kbart_imports, so that a retried job
-- resumes where the last one stopped and counts nothing twice.
--
-- Title keys (titles.external_key) make titles shared across packages and imports:
--   'issn:<8 characters>'          serials: the online ISSN, else the print ISSN (upper case, no hyphen)
--   'isbn:<13 digits>'             monographs: the online ISBN, else the print ISBN, as ISBN-13
--   'kbart:<provider key>:<title_id>'  lines without a valid identifier: the provider's key and KBART title_id
-- Provider keys (providers.external_key) and package keys (packages.external_key) are the names as
-- uploaded, trimmed and lower case.

CREATE TABLE kbart_imports (
  id uuid PRIMARY KEY,                            -- the import's id in the API; staged lines carry it too
  job_id uuid NOT NULL,                           -- the background job that merges it
  provider_id bigint NOT NULL REFERENCES providers (id),
  package_id bigint NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  provider_name text NOT NULL,
  package_name text NOT NULL,
  content_type text NOT NULL,
  created_by uuid,
  lines_read integer NOT NULL,                    -- title lines in the file
  lines_staged integer NOT NULL,                  -- accepted lines, staged for the merge
  lines_rejected integer NOT NULL,                -- all rejected lines
  rejected_lines jsonb NOT NULL,                  -- the first 1,000: [{line, reason}]
  phase text NOT NULL DEFAULT 'merging' CHECK (phase IN ('merging', 'removing', 'done')),
  merged_key text NOT NULL DEFAULT '',            -- staged title keys up to this one are merged
  removed_after bigint NOT NULL DEFAULT 0,        -- the package's resources up to this title id are checked
  lines_merged integer NOT NULL DEFAULT 0,
  titles_added integer NOT NULL DEFAULT 0,
  titles_updated integer NOT NULL DEFAULT 0,
  titles_unchanged integer NOT NULL DEFAULT 0,
  titles_removed integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX kbart_imports_package_idx ON kbart_imports (package_id, created_at);

-- Append-only while a file streams in, read by title key during the merge, deleted when the merge is done
-- (or after a week, for uploads whose connection broke before they were queued). No primary key: nothing
-- ever addresses one line, and one index less makes staging faster.
CREATE TABLE kbart_staged_lines (
  import_id uuid NOT NULL,
  line_no integer NOT NULL,
  title_key text NOT NULL,
  isxn text NOT NULL,                             -- titles.isxn joined by spaces
  title jsonb NOT NULL,                           -- the managed part of titles.jsonb
  resource jsonb NOT NULL,                        -- url and managedEmbargoPeriod of resources.jsonb
  coverage jsonb,                                 -- this line's managed coverage, if any; a title's lines add up
  staged_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kbart_staged_lines_key_idx ON kbart_staged_lines (import_id, title_key);
