-- Requests for items in closed stores. At most one open request per item (a partial unique index): the
-- database decides who gets the last copy, whichever module instance asks. A request's status is the
-- ILS hold status, passed through ("0" on hold locally).
CREATE TABLE stacks_requests (
  id uuid PRIMARY KEY,
  item_id text NOT NULL REFERENCES stacks_items (id) ON DELETE CASCADE,
  user_id uuid NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'cancelled')),
  pickup_date date,
  pickup_location_id text NOT NULL,
  pickup_location_label text NOT NULL,
  status_id text NOT NULL DEFAULT '0',
  status_label text NOT NULL DEFAULT 'On hold',
  ils_hold_id text,
  requested_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  cancelled_by text CHECK (cancelled_by IN ('owner', 'staff')),
  CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE UNIQUE INDEX stacks_requests_open_item_idx ON stacks_requests (item_id) WHERE state = 'open';
CREATE INDEX stacks_requests_user_idx ON stacks_requests (user_id, requested_at) WHERE state = 'open';
CREATE INDEX stacks_requests_pickup_idx ON stacks_requests (pickup_location_id, requested_at) WHERE state = 'open';

-- Request placement attempts per user in the current minute: one row per user, counted by an upsert, so the
-- limit is one limit across module instances. The row is also the lock that orders one user's placements.
CREATE TABLE stacks_request_rates (
  user_id uuid PRIMARY KEY,
  window_start timestamptz NOT NULL,
  attempts integer NOT NULL CHECK (attempts >= 0)
);

CREATE FUNCTION stacks_request_doc(r stacks_requests) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', r.id, 'item', jsonb_build_object('id', r.item_id, 'type', 'Item'),
    'pickupDate', to_char(r.pickup_date, 'YYYY-MM-DD'),
    'pickupLocation', jsonb_build_object('id', r.pickup_location_id, 'label', r.pickup_location_label,
        'type', 'LocationDescription'),
    'status', jsonb_build_object('id', r.status_id, 'label', r.status_label, 'type', 'RequestStatus'),
    'type', 'Request'));

-- What staff see: the request and who placed it.
CREATE FUNCTION stacks_staff_request_doc(r stacks_requests) RETURNS jsonb LANGUAGE sql STABLE
RETURN stacks_request_doc(r) || jsonb_strip_nulls(jsonb_build_object('userId', r.user_id, 'state', r.state,
    'requestedDate', stacks_iso(r.requested_at), 'cancelledDate', stacks_iso(r.cancelled_at)));

CREATE VIEW stacks_request_view AS SELECT r.*, stacks_staff_request_doc(r) AS jsonb FROM stacks_requests r;
