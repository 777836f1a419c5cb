-- E-content vendor relay (issue 12): accounts at vendors whose own lending API lends (OneClick-style) and the
-- library patrons' accounts there. The token is a secret: stored here, never answered (masked) or logged.

CREATE TABLE econtent_vendors (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  type text NOT NULL CHECK (type IN ('oneclick')),
  base_url text NOT NULL,
  library_id text NOT NULL,
  token text NOT NULL,
  remote_stage text NOT NULL CHECK (remote_stage IN ('qa', 'prod')),
  ebook_loan_days integer NOT NULL CHECK (ebook_loan_days BETWEEN 1 AND 365),
  eaudio_loan_days integer NOT NULL CHECK (eaudio_loan_days BETWEEN 1 AND 365),
  verbosity text NOT NULL CHECK (verbosity IN ('basic', 'compact', 'complete', 'extended', 'hypermedia')),
  provider_id bigint,                             -- the managed eholdings provider and package of the catalog,
  package_id bigint,                              -- once imported (no foreign key: eholdings owns them)
  catalog_imported_at timestamptz,                -- when media/all was last asked: never again unless forced
  delta_until date,                               -- catalog deltas are applied up to this day
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX econtent_vendors_name_idx ON econtent_vendors (lower(name));

-- The vendor's own id of a library patron, found by barcode or email or created there; kept so that each
-- relayed call needs no lookup. vendor_patron_id is unique per account: one vendor account, one patron.
CREATE TABLE econtent_vendor_patrons (
  vendor_id uuid NOT NULL REFERENCES econtent_vendors (id) ON DELETE CASCADE,
  patron_id uuid NOT NULL,
  vendor_patron_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  synced_at timestamptz,
  PRIMARY KEY (vendor_id, patron_id),
  UNIQUE (vendor_id, vendor_patron_id)
);

-- Lendables of a vendor by the vendor's item id (ISBN): the sync and the catalog find them so.
CREATE INDEX econtent_lendables_vendor_idx ON econtent_lendables ((source->>'vendorId'), (source->>'itemId'))
  WHERE source->>'type' = 'vendor';

CREATE FUNCTION econtent_vendor_doc(v econtent_vendors) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', v.id, 'name', v.name, 'type', v.type, 'baseUrl', v.base_url, 'libraryId', v.library_id,
    'token', '********', 'remoteStage', v.remote_stage, 'ebookLoanDays', v.ebook_loan_days,
    'eaudioLoanDays', v.eaudio_loan_days, 'verbosity', v.verbosity,
    'createdDate', econtent_iso(v.created_at), 'updatedDate', econtent_iso(v.updated_at)));

CREATE VIEW econtent_vendor_view AS SELECT v.*, econtent_vendor_doc(v) AS jsonb FROM econtent_vendors v;
