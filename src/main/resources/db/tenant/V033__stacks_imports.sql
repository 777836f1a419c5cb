-- Bulk imports of ILS records (Sierra-style JSON lines): the file is streamed into the staging tables, then a
-- job maps and merges it set-based (works, then items in line ranges). Staging is unlogged: it is rebuilt by
-- uploading again, never read after its import.
ALTER TABLE stacks_works ADD COLUMN ils_bib_locations text[] NOT NULL DEFAULT '{}';

CREATE TABLE stacks_imports (
  id uuid PRIMARY KEY,
  job_id uuid NOT NULL,
  lines_read integer NOT NULL,
  lines_accepted integer NOT NULL,
  lines_rejected integer NOT NULL,
  rejected jsonb NOT NULL DEFAULT '[]',           -- the first 1,000 rejected lines: [{line, reason}]
  bibs integer NOT NULL DEFAULT 0,
  items_created integer NOT NULL DEFAULT 0,
  items_updated integer NOT NULL DEFAULT 0,
  items_rejected integer NOT NULL DEFAULT 0,
  bibs_merged boolean NOT NULL DEFAULT false,
  merged_to_line integer NOT NULL DEFAULT 0,      -- item lines up to this number are merged
  last_line integer NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);

CREATE UNLOGGED TABLE stacks_import_bibs (
  import_id uuid NOT NULL,
  line_no integer NOT NULL,
  work_id text NOT NULL,
  title text,
  location_codes text[] NOT NULL,
  PRIMARY KEY (import_id, line_no)
);

CREATE UNLOGGED TABLE stacks_import_items (
  import_id uuid NOT NULL,
  line_no integer NOT NULL,
  item_id text NOT NULL,
  record_number text NOT NULL,
  work_id text NOT NULL,
  location_code text,
  location_name text,
  status_code text NOT NULL,
  status_label text NOT NULL,
  opac_message text,
  due_date timestamptz,
  shelfmark text,
  copy text,
  PRIMARY KEY (import_id, line_no)
);
