-- E-content circulation. Every value a rule or a search depends on is a real column with a constraint, so
-- that the database settles concurrent checkouts, returns and holds; the API documents are built from the
-- columns by the *_view views (nothing is stored twice, a hold's position is computed on every read).
--
-- Invariants the constraints and the code keep together:
--   copies_in_use = open loans + reserved (ready) holds of a limited licence; a copy is taken only by
--     UPDATE ... SET copies_in_use = copies_in_use + 1 WHERE copies_in_use < copies (atomic on the row);
--   a patron has at most one open loan and one waiting-or-ready hold per lendable (partial unique indexes);
--   the queue is first come, first served by queue_seq (a sequence, taken under the lendable's row lock);
--   whoever frees a copy hands it to the first waiting hold in the same transaction, under the row lock.

CREATE FUNCTION econtent_iso(ts timestamptz) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');

CREATE TABLE econtent_lendables (
  resource_id text PRIMARY KEY,                   -- the eholdings resource id providerId-packageId-titleId
  provider_id bigint NOT NULL,
  package_id bigint NOT NULL,
  title_id bigint NOT NULL,
  license_model text NOT NULL CHECK (license_model IN ('one-copy-one-user', 'unlimited', 'metered')),
  copies integer NOT NULL CHECK (copies >= 0),
  copies_in_use integer NOT NULL DEFAULT 0 CHECK (copies_in_use >= 0),  -- not counted for unlimited licences
  checkouts_remaining integer CHECK (checkouts_remaining >= 0),
  license_expires timestamptz,
  media_type text NOT NULL CHECK (media_type IN ('ebook', 'eaudio', 'emagazine', 'video')),
  formats jsonb NOT NULL,
  source jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (license_model <> 'metered' OR checkouts_remaining IS NOT NULL)
);
CREATE INDEX econtent_lendables_title_idx ON econtent_lendables (title_id);

CREATE TABLE econtent_loans (
  id uuid PRIMARY KEY,
  resource_id text NOT NULL REFERENCES econtent_lendables (resource_id),
  patron_id uuid NOT NULL,
  loan_date timestamptz NOT NULL DEFAULT now(),
  due_date timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  renewal_count integer NOT NULL DEFAULT 0 CHECK (renewal_count >= 0),
  return_date timestamptz,
  close_reason text CHECK (close_reason IN ('returned', 'expired')),
  hold_id uuid,                                   -- the hold this loan fulfilled
  CHECK ((status = 'open') = (return_date IS NULL))
);
CREATE UNIQUE INDEX econtent_loans_open_idx ON econtent_loans (resource_id, patron_id) WHERE status = 'open';
CREATE INDEX econtent_loans_patron_idx ON econtent_loans (patron_id, status);
CREATE INDEX econtent_loans_due_idx ON econtent_loans (due_date) WHERE status = 'open';
CREATE INDEX econtent_loans_loan_date_idx ON econtent_loans (loan_date);

CREATE SEQUENCE econtent_hold_queue_seq;

CREATE TABLE econtent_holds (
  id uuid PRIMARY KEY,
  resource_id text NOT NULL REFERENCES econtent_lendables (resource_id),
  patron_id uuid NOT NULL,
  queue_seq bigint NOT NULL UNIQUE DEFAULT nextval('econtent_hold_queue_seq'),
  status text NOT NULL CHECK (status IN ('waiting', 'ready', 'fulfilled', 'cancelled')),
  request_date timestamptz NOT NULL DEFAULT now(),
  ready_date timestamptz,
  reservation_expires timestamptz,
  loan_id uuid REFERENCES econtent_loans (id),
  closed_date timestamptz,
  cancellation_reason text CHECK (cancellation_reason IN ('patron', 'reservation-expired')),
  CHECK (status <> 'ready' OR reservation_expires IS NOT NULL),
  CHECK (status <> 'fulfilled' OR loan_id IS NOT NULL),
  CHECK ((status IN ('fulfilled', 'cancelled')) = (closed_date IS NOT NULL))
);
CREATE UNIQUE INDEX econtent_holds_active_idx ON econtent_holds (resource_id, patron_id)
  WHERE status IN ('waiting', 'ready');
CREATE INDEX econtent_holds_queue_idx ON econtent_holds (resource_id, queue_seq) WHERE status = 'waiting';
CREATE INDEX econtent_holds_patron_idx ON econtent_holds (patron_id, status);
CREATE INDEX econtent_holds_reservation_idx ON econtent_holds (reservation_expires) WHERE status = 'ready';

-- One row: the tenant's loan policy document (econtent-loan-policy.json); absent = the defaults.
CREATE TABLE econtent_loan_policy (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  jsonb jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row: the key that signs fulfilment links, made at tenant initialise; never returned or logged.
CREATE TABLE econtent_fulfillment_secret (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  secret bytea NOT NULL CHECK (length(secret) >= 32)
);

CREATE TABLE econtent_groups (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX econtent_groups_name_idx ON econtent_groups (lower(name));

CREATE TABLE econtent_group_members (
  group_id uuid NOT NULL REFERENCES econtent_groups (id) ON DELETE CASCADE,
  patron_id uuid NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, patron_id)
);
CREATE INDEX econtent_group_members_patron_idx ON econtent_group_members (patron_id);

CREATE TABLE econtent_group_loans (
  id uuid PRIMARY KEY,
  resource_id text NOT NULL REFERENCES econtent_lendables (resource_id),
  group_id uuid REFERENCES econtent_groups (id),
  patron_id uuid,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((group_id IS NULL) <> (patron_id IS NULL))
);
CREATE UNIQUE INDEX econtent_group_loans_group_idx ON econtent_group_loans (resource_id, group_id) WHERE group_id IS NOT NULL;
CREATE UNIQUE INDEX econtent_group_loans_patron_idx ON econtent_group_loans (resource_id, patron_id) WHERE patron_id IS NOT NULL;
CREATE INDEX econtent_group_loans_by_group_idx ON econtent_group_loans (group_id);
CREATE INDEX econtent_group_loans_by_patron_idx ON econtent_group_loans (patron_id);

-- The API documents, one function per table (SQL-standard bodies: bound to this schema when created, so the
-- module may call them schema-qualified from any search_path, in views and in RETURNING clauses alike).
CREATE FUNCTION econtent_lendable_doc(l econtent_lendables) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'resourceId', l.resource_id, 'licenseModel', l.license_model, 'copies', l.copies,
    'checkoutsRemaining', l.checkouts_remaining, 'licenseExpires', econtent_iso(l.license_expires),
    'mediaType', l.media_type, 'formats', l.formats, 'source', l.source,
    'createdDate', econtent_iso(l.created_at), 'updatedDate', econtent_iso(l.updated_at)));

CREATE FUNCTION econtent_loan_doc(l econtent_loans) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', l.id, 'resourceId', l.resource_id, 'patronId', l.patron_id,
    'loanDate', econtent_iso(l.loan_date), 'dueDate', econtent_iso(l.due_date), 'status', l.status,
    'renewalCount', l.renewal_count, 'returnDate', econtent_iso(l.return_date),
    'closeReason', l.close_reason, 'holdId', l.hold_id));

-- position: 1 + the waiting holds queued before this one for the same lendable; 0 for a reserved copy;
-- none once fulfilled or cancelled. Computed on every read, so it never goes stale.
CREATE FUNCTION econtent_hold_doc(h econtent_holds) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', h.id, 'resourceId', h.resource_id, 'patronId', h.patron_id, 'status', h.status,
    'position', CASE h.status
        WHEN 'waiting' THEN 1 + (SELECT count(*) FROM econtent_holds e
          WHERE e.resource_id = h.resource_id AND e.status = 'waiting' AND e.queue_seq < h.queue_seq)
        WHEN 'ready' THEN 0 END,
    'requestDate', econtent_iso(h.request_date), 'readyDate', econtent_iso(h.ready_date),
    'reservationExpires', econtent_iso(h.reservation_expires), 'loanId', h.loan_id,
    'closedDate', econtent_iso(h.closed_date), 'cancellationReason', h.cancellation_reason));

CREATE FUNCTION econtent_group_loan_doc(g econtent_group_loans) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object('id', g.id, 'resourceId', g.resource_id, 'groupId', g.group_id,
    'patronId', g.patron_id, 'expiresAt', econtent_iso(g.expires_at),
    'status', CASE WHEN g.expires_at > now() THEN 'active' ELSE 'expired' END,
    'createdDate', econtent_iso(g.created_at), 'updatedDate', econtent_iso(g.updated_at)));

CREATE FUNCTION econtent_group_doc(g econtent_groups) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object('id', g.id, 'name', g.name, 'description', g.description,
    'memberCount', (SELECT count(*) FROM econtent_group_members m WHERE m.group_id = g.id)));

-- What collection GETs search (CQL fields are these columns) and answer (jsonb).
CREATE VIEW econtent_lendable_view AS
SELECT l.*, l.source->>'type' AS source_type, econtent_lendable_doc(l) AS jsonb FROM econtent_lendables l;
CREATE VIEW econtent_loan_view AS SELECT l.*, econtent_loan_doc(l) AS jsonb FROM econtent_loans l;
CREATE VIEW econtent_hold_view AS SELECT h.*, econtent_hold_doc(h) AS jsonb FROM econtent_holds h;
CREATE VIEW econtent_group_view AS SELECT g.*, econtent_group_doc(g) AS jsonb FROM econtent_groups g;
CREATE VIEW econtent_group_loan_view AS
SELECT g.*, CASE WHEN g.expires_at > now() THEN 'active' ELSE 'expired' END AS status,
  econtent_group_loan_doc(g) AS jsonb FROM econtent_group_loans g;
