-- Hosted e-content: the library's own EPUB and PDF files, their categories, and the PostgreSQL content
-- store (files in chunks, so several module instances share them with no other service, and a range of a
-- file is read without reading the rest).

CREATE TABLE econtent_categories (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX econtent_categories_name_idx ON econtent_categories (lower(name));

CREATE TABLE econtent_hosted_content (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  file_name text NOT NULL,
  file_type text NOT NULL CHECK (file_type IN ('epub', 'pdf')),
  view_type text NOT NULL CHECK (view_type IN ('epub', 'bitmap')),
  category_id uuid REFERENCES econtent_categories (id),
  tags text[] NOT NULL DEFAULT '{}',
  drm boolean NOT NULL DEFAULT false,
  metadata jsonb NOT NULL DEFAULT '{}',
  lending jsonb NOT NULL DEFAULT '{}',            -- the lendable to create once processed (licence, copies)
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  sha256 text NOT NULL,
  state text NOT NULL CHECK (state IN ('queued', 'processing', 'processed', 'failed')),
  percent integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  reason text,
  resource_id text,                               -- the eholdings resource (and lendable) once processed
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((state = 'failed') = (reason IS NOT NULL))
);
CREATE INDEX econtent_hosted_content_category_idx ON econtent_hosted_content (category_id);
CREATE UNIQUE INDEX econtent_hosted_content_resource_idx ON econtent_hosted_content (resource_id);

-- The content store's files: written before their record exists (the upload streams in), removed with it.
CREATE TABLE econtent_content_chunks (
  file_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 0),
  data bytea NOT NULL,
  PRIMARY KEY (file_id, seq)
);
-- EPUB and PDF are compressed already: store the chunks out of line without compressing them again.
ALTER TABLE econtent_content_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE FUNCTION econtent_category_doc(c econtent_categories) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object('id', c.id, 'name', c.name, 'description', c.description,
  'createdDate', econtent_iso(c.created_at)));

CREATE VIEW econtent_category_view AS SELECT c.*, econtent_category_doc(c) AS jsonb FROM econtent_categories c;

CREATE FUNCTION econtent_content_doc(c econtent_hosted_content) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object('id', c.id, 'name', c.name, 'fileName', c.file_name,
  'fileType', c.file_type, 'viewType', c.view_type, 'categoryId', c.category_id, 'drm', c.drm, 'metadata', c.metadata,
  'sizeBytes', c.size_bytes, 'sha256', c.sha256, 'state', c.state, 'percent', c.percent, 'reason', c.reason,
  'resourceId', c.resource_id, 'createdDate', econtent_iso(c.created_at), 'updatedDate', econtent_iso(c.updated_at)))
  || jsonb_build_object('tags', to_jsonb(c.tags));

-- tag_list: the tags as words, for CQL on tags.
CREATE VIEW econtent_hosted_content_view AS
SELECT c.*, array_to_string(c.tags, ' ') AS tag_list, econtent_content_doc(c) AS jsonb FROM econtent_hosted_content c;
