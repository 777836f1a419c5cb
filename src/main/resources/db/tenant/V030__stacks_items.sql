-- Stacks: physical and online items of works, where they are and how they are accessed (descriptive data,
-- for search) and their status and due date (realtime). Every value a rule or a search depends on is a
-- column; the open-ended location documents are JSONB. A work's arrays of location types, descriptions and
-- access statuses are kept by the item writes (same transaction), so that search and aggregations read
-- one row per work.

CREATE FUNCTION stacks_iso(ts timestamptz) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');

-- Reference data (loadReference), editable through /stacks/location-mappings.
-- ILS bib location code -> location type; any code not listed is ignored.
CREATE TABLE stacks_location_type_mappings (
  ils_code text PRIMARY KEY CHECK (ils_code ~ '^[a-z0-9]{1,5}$'),
  location_type text NOT NULL CHECK (location_type IN ('open-shelves', 'closed-stores', 'online', 'on-exhibition'))
);

-- Location type + ILS item location (null: any) + OPAC message (null: any) -> description and access
-- status. description_id null: the ILS location's own code and name. The first matching row by position wins.
CREATE TABLE stacks_description_mappings (
  position integer PRIMARY KEY CHECK (position >= 0),
  location_type text NOT NULL CHECK (location_type IN ('open-shelves', 'closed-stores', 'online', 'on-exhibition')),
  ils_location text,
  opac_message text,
  description_id text,
  description_label text,
  access_status text CHECK (access_status IN ('open', 'open-with-advisory', 'restricted', 'safeguarded', 'by-appointment',
    'temporarily-unavailable', 'unavailable', 'closed', 'licensed-resources', 'permission-required')),
  CHECK ((description_id IS NULL) = (description_label IS NULL))
);

CREATE TABLE stacks_works (
  id text PRIMARY KEY,
  title text,
  location_types text[] NOT NULL DEFAULT '{}',
  descriptions text[] NOT NULL DEFAULT '{}',
  access_statuses text[] NOT NULL DEFAULT '{}',
  item_count integer NOT NULL DEFAULT 0 CHECK (item_count >= 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stacks_works_location_types_idx ON stacks_works USING gin (location_types);
CREATE INDEX stacks_works_descriptions_idx ON stacks_works USING gin (descriptions);
CREATE INDEX stacks_works_access_statuses_idx ON stacks_works USING gin (access_statuses);
CREATE INDEX stacks_works_title_idx ON stacks_works (lower(title));

-- status_id/status_label: the ILS item status (Sierra fixed field 88), passed through; due_date when on loan.
-- The first location's type, description, access status and shelfmark are columns, for CQL.
CREATE TABLE stacks_items (
  id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]{1,64}$'),
  work_id text NOT NULL REFERENCES stacks_works (id),
  title text,
  copy text,
  locations jsonb NOT NULL CHECK (jsonb_typeof(locations) = 'array'),
  location_type text GENERATED ALWAYS AS (locations -> 0 -> 'locationType' ->> 'id') STORED,
  description text GENERATED ALWAYS AS (locations -> 0 -> 'description' ->> 'id') STORED,
  access_status text GENERATED ALWAYS AS (locations -> 0 -> 'accessConditions' -> 0 -> 'status' ->> 'id') STORED,
  shelfmark text GENERATED ALWAYS AS (locations -> 0 ->> 'shelfmark') STORED,
  ils_record_number text CHECK (ils_record_number ~ '^[0-9]{1,12}$'),
  ils_location_code text,
  ils_location_name text,
  opac_message text,
  status_id text NOT NULL DEFAULT '-',
  status_label text NOT NULL DEFAULT 'Available',
  due_date timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stacks_items_work_idx ON stacks_items (work_id, id);
CREATE UNIQUE INDEX stacks_items_ils_record_idx ON stacks_items (ils_record_number);
CREATE INDEX stacks_items_location_type_idx ON stacks_items (location_type);
CREATE INDEX stacks_items_description_idx ON stacks_items (description);
CREATE INDEX stacks_items_shelfmark_idx ON stacks_items (lower(shelfmark));

-- One row: the tenant's requesting rules. Opening days are ISO days of the week (1 Monday .. 7 Sunday);
-- remote_locations are ILS item location codes of stores that need remote_lead_days open days' notice.
CREATE TABLE stacks_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  hold_limit integer NOT NULL DEFAULT 15 CHECK (hold_limit >= 0),
  requests_per_minute integer NOT NULL DEFAULT 30 CHECK (requests_per_minute > 0),
  time_zone text NOT NULL DEFAULT 'Europe/London',
  opening_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5,6}',
  closed_dates date[] NOT NULL DEFAULT '{}',
  cutoff_time time NOT NULL DEFAULT '10:00',
  remote_locations text[] NOT NULL DEFAULT '{}',
  remote_lead_days integer NOT NULL DEFAULT 10 CHECK (remote_lead_days >= 0),
  booking_window_days integer NOT NULL DEFAULT 21 CHECK (booking_window_days BETWEEN 1 AND 366),
  pickup_location_id text NOT NULL DEFAULT 'sepbb',
  pickup_location_label text NOT NULL DEFAULT 'Rare Materials Room',
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO stacks_settings DEFAULT VALUES;

CREATE FUNCTION stacks_item_doc(i stacks_items) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', i.id, 'workId', i.work_id, 'title', i.title, 'copy', i.copy, 'locations', i.locations,
    'ilsRecordNumber', i.ils_record_number,
    'ilsLocation', CASE WHEN i.ils_location_code IS NOT NULL
        THEN jsonb_build_object('code', i.ils_location_code, 'name', i.ils_location_name) END,
    'opacMessage', i.opac_message,
    'status', jsonb_build_object('id', i.status_id, 'label', i.status_label, 'type', 'ItemStatus'),
    'dueDate', stacks_iso(i.due_date), 'type', 'Item',
    'createdDate', stacks_iso(i.created_at), 'updatedDate', stacks_iso(i.updated_at)));

CREATE VIEW stacks_item_view AS SELECT i.*, stacks_item_doc(i) AS jsonb FROM stacks_items i;
