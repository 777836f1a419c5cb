-- A vendor account's catalog as the vendor last described it (media/all once, then media/delta), one row per
-- title. E-books and e-audiobooks go on into the account's managed eholdings package (through the KBART merge)
-- and, when the library owns them, become vendor lendables; e-magazines are kept here apart. Owned (not
-- "interest") titles are lendable; availability is the vendor's yes/no as of the last check.

CREATE TABLE econtent_vendor_titles (
  vendor_id uuid NOT NULL REFERENCES econtent_vendors (id) ON DELETE CASCADE,
  isbn text NOT NULL,                             -- the vendor's item id, as the vendor writes it
  title_key text NOT NULL,                        -- the knowledge base's key of the title: isbn:<ISBN-13>
  title text NOT NULL,
  authors text,
  publisher text,
  media_type text NOT NULL CHECK (media_type IN ('ebook', 'eaudio', 'emagazine')),
  audience text,
  genre text,
  drm boolean NOT NULL,                           -- hasDigitalRights (e-books) or hasDrm (audio)
  owned boolean NOT NULL,                         -- false: an "interest" title, shown but not lendable
  available boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (vendor_id, isbn)
);
CREATE INDEX econtent_vendor_titles_key_idx ON econtent_vendor_titles (title_key);

CREATE OR REPLACE FUNCTION econtent_vendor_doc(v econtent_vendors) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', v.id, 'name', v.name, 'type', v.type, 'baseUrl', v.base_url, 'libraryId', v.library_id,
    'token', '********', 'remoteStage', v.remote_stage, 'ebookLoanDays', v.ebook_loan_days,
    'eaudioLoanDays', v.eaudio_loan_days, 'verbosity', v.verbosity,
    'catalog', jsonb_strip_nulls(jsonb_build_object(
        'packageId', CASE WHEN v.package_id IS NOT NULL THEN v.provider_id || '-' || v.package_id END,
        'titles', (SELECT count(*) FROM econtent_vendor_titles t WHERE t.vendor_id = v.id AND t.media_type <> 'emagazine'),
        'magazines', (SELECT count(*) FROM econtent_vendor_titles t WHERE t.vendor_id = v.id AND t.media_type = 'emagazine'),
        'importedDate', econtent_iso(v.catalog_imported_at), 'deltaUntil', v.delta_until::text)),
    'createdDate', econtent_iso(v.created_at), 'updatedDate', econtent_iso(v.updated_at)));
