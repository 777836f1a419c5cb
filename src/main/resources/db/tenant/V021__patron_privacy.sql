-- Patron privacy: closed circulation history keeps its facts (what, when, how often) but loses the patron.
-- The anonymisation timer sets patron_id to NULL and anonymized_at to the time it did so, for
--   loans that are closed, holds that are fulfilled or cancelled, and group loans lent to one patron that
--   have expired, once they have been closed for the tenant's anonymizeClosedAfterDays (loan policy; 0 =
--   at the next run). Open loans, waiting/ready holds and unexpired group loans always keep their patron.
-- Statistics count rows, never patrons, so anonymised history still counts.

ALTER TABLE econtent_loans ALTER COLUMN patron_id DROP NOT NULL;
ALTER TABLE econtent_loans ADD COLUMN anonymized_at timestamptz;
ALTER TABLE econtent_loans ADD CONSTRAINT econtent_loans_patron_check
  CHECK (CASE WHEN anonymized_at IS NULL THEN patron_id IS NOT NULL ELSE patron_id IS NULL AND status = 'closed' END);

ALTER TABLE econtent_holds ALTER COLUMN patron_id DROP NOT NULL;
ALTER TABLE econtent_holds ADD COLUMN anonymized_at timestamptz;
ALTER TABLE econtent_holds ADD CONSTRAINT econtent_holds_patron_check
  CHECK (CASE WHEN anonymized_at IS NULL THEN patron_id IS NOT NULL
    ELSE patron_id IS NULL AND status IN ('fulfilled', 'cancelled') END);

-- A group loan lends to a group or to one patron; once anonymised (expired, patron's) to neither.
ALTER TABLE econtent_group_loans ADD COLUMN anonymized_at timestamptz;
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
      WHERE conrelid = 'econtent_group_loans'::regclass AND contype = 'c'
        AND pg_get_constraintdef(oid) LIKE '%group_id IS NULL%patron_id IS NULL%' LOOP
    EXECUTE format('ALTER TABLE econtent_group_loans DROP CONSTRAINT %I', c.conname);
  END LOOP;
END $$;
ALTER TABLE econtent_group_loans ADD CONSTRAINT econtent_group_loans_borrower_check
  CHECK (CASE WHEN anonymized_at IS NULL THEN (group_id IS NULL) <> (patron_id IS NULL)
    ELSE group_id IS NULL AND patron_id IS NULL END);

-- What the timer looks for: closed history that still names a patron, oldest first.
CREATE INDEX econtent_loans_to_anonymize_idx ON econtent_loans (return_date)
  WHERE status = 'closed' AND patron_id IS NOT NULL;
CREATE INDEX econtent_holds_to_anonymize_idx ON econtent_holds (closed_date)
  WHERE status IN ('fulfilled', 'cancelled') AND patron_id IS NOT NULL;
CREATE INDEX econtent_group_loans_to_anonymize_idx ON econtent_group_loans (expires_at) WHERE patron_id IS NOT NULL;

-- The documents say when a record was anonymised (patronId is then absent).
CREATE OR REPLACE FUNCTION econtent_loan_doc(l econtent_loans) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', l.id, 'resourceId', l.resource_id, 'patronId', l.patron_id,
    'loanDate', econtent_iso(l.loan_date), 'dueDate', econtent_iso(l.due_date), 'status', l.status,
    'renewalCount', l.renewal_count, 'returnDate', econtent_iso(l.return_date),
    'closeReason', l.close_reason, 'holdId', l.hold_id, 'anonymizedDate', econtent_iso(l.anonymized_at)));

CREATE OR REPLACE FUNCTION econtent_hold_doc(h econtent_holds) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', h.id, 'resourceId', h.resource_id, 'patronId', h.patron_id, 'status', h.status,
    'position', CASE h.status
        WHEN 'waiting' THEN 1 + (SELECT count(*) FROM econtent_holds e
          WHERE e.resource_id = h.resource_id AND e.status = 'waiting' AND e.queue_seq < h.queue_seq)
        WHEN 'ready' THEN 0 END,
    'requestDate', econtent_iso(h.request_date), 'readyDate', econtent_iso(h.ready_date),
    'reservationExpires', econtent_iso(h.reservation_expires), 'loanId', h.loan_id,
    'closedDate', econtent_iso(h.closed_date), 'cancellationReason', h.cancellation_reason,
    'anonymizedDate', econtent_iso(h.anonymized_at)));

CREATE OR REPLACE FUNCTION econtent_group_loan_doc(g econtent_group_loans) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object('id', g.id, 'resourceId', g.resource_id, 'groupId', g.group_id,
    'patronId', g.patron_id, 'expiresAt', econtent_iso(g.expires_at),
    'status', CASE WHEN g.expires_at > now() THEN 'active' ELSE 'expired' END,
    'createdDate', econtent_iso(g.created_at), 'updatedDate', econtent_iso(g.updated_at),
    'anonymizedDate', econtent_iso(g.anonymized_at)));
