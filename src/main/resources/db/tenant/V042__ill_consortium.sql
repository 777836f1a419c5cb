-- Consortium lending (interface ill 1.0), this tenant's side. What crosses tenants lives in the shared schema and is
-- reached only through the consortium exchange; here are this tenant's own records of it.

-- Stacks items get the bibliographic keys a consortium searches by (FindItem by ISBN/ISSN, else title and author).
ALTER TABLE stacks_items ADD COLUMN author text, ADD COLUMN isbns text[] NOT NULL DEFAULT '{}',
  ADD COLUMN issns text[] NOT NULL DEFAULT '{}';

CREATE OR REPLACE FUNCTION stacks_item_doc(i stacks_items) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', i.id, 'workId', i.work_id, 'title', i.title, 'copy', i.copy, 'author', i.author,
    'isbns', CASE WHEN cardinality(i.isbns) > 0 THEN to_jsonb(i.isbns) END,
    'issns', CASE WHEN cardinality(i.issns) > 0 THEN to_jsonb(i.issns) END,
    'locations', i.locations, 'ilsRecordNumber', i.ils_record_number,
    'ilsLocation', CASE WHEN i.ils_location_code IS NOT NULL
        THEN jsonb_build_object('code', i.ils_location_code, 'name', i.ils_location_name) END,
    'opacMessage', i.opac_message,
    'status', jsonb_build_object('id', i.status_id, 'label', i.status_label, 'type', 'ItemStatus'),
    'dueDate', stacks_iso(i.due_date), 'type', 'Item',
    'createdDate', stacks_iso(i.created_at), 'updatedDate', stacks_iso(i.updated_at)));

-- What this tenant publishes (rules: [{locationType?, accessStatus?, lendable}], first match wins; none: nothing),
-- the last outbox event the publisher has read, and where a rebuild of the whole index has got to (null: none runs).
CREATE TABLE ill_consortium_publishing (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  rules jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rules) = 'array'),
  outbox_cursor bigint NOT NULL DEFAULT 0,
  rebuild_after text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO ill_consortium_publishing DEFAULT VALUES;

-- Every write of stacks items (staff PUT, status change, import merge, delete) leaves one outbox event per
-- statement with the item ids, while the tenant publishes anything: set-based, so an import batch pays one row.
CREATE FUNCTION ill_consortium_items_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM ill_consortium_publishing WHERE rules <> '[]') THEN
    INSERT INTO outbox (event_type, aggregate_id, payload)
    SELECT 'stacks.items.changed', 'stacks-items', jsonb_build_object('tenant', replace(TG_TABLE_SCHEMA, '_mod_access_services', ''),
        'type', 'stacks.items.changed', 'time', stacks_iso(now()), 'itemIds', jsonb_agg(id))
    FROM changed_items HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER stacks_items_consortium_insert AFTER INSERT ON stacks_items REFERENCING NEW TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION ill_consortium_items_changed();
CREATE TRIGGER stacks_items_consortium_update AFTER UPDATE ON stacks_items REFERENCING NEW TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION ill_consortium_items_changed();
CREATE TRIGGER stacks_items_consortium_delete AFTER DELETE ON stacks_items REFERENCING OLD TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION ill_consortium_items_changed();
CREATE INDEX outbox_stacks_items_changed_idx ON outbox (id) WHERE event_type = 'stacks.items.changed';

-- This tenant's side of consortium requests: as borrower (tied to its ILL transaction) or as lender (its item).
-- last_seq: the highest message recorded here; a message's state applies only when it is newer.
CREATE TABLE ill_consortium_requests (
  id uuid PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('borrower', 'lender')),
  consortium_id uuid NOT NULL,
  partner text NOT NULL,
  transaction_id uuid REFERENCES ill_transactions (id),
  item_id text,
  title text,
  state text NOT NULL,
  reason text,
  due_date timestamptz,
  last_seq integer NOT NULL CHECK (last_seq > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'borrower') = (transaction_id IS NOT NULL))
);
CREATE INDEX ill_consortium_requests_role_idx ON ill_consortium_requests (role, created_at DESC, id);
CREATE INDEX ill_consortium_requests_transaction_idx ON ill_consortium_requests (transaction_id);

-- Every message of a request recorded here, once (primary key), whichever side sent it.
CREATE TABLE ill_consortium_messages (
  request_id uuid NOT NULL REFERENCES ill_consortium_requests (id),
  seq integer NOT NULL CHECK (seq > 0),
  action text NOT NULL,
  sender text NOT NULL CHECK (sender IN ('borrower', 'lender')),
  state text NOT NULL,
  reason text,
  due_date timestamptz,
  note text,
  sent_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (request_id, seq)
);

CREATE FUNCTION ill_consortium_request_doc(r ill_consortium_requests) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object('id', r.id, 'role', r.role, 'consortiumId', r.consortium_id,
    'partner', r.partner, 'transactionId', r.transaction_id, 'itemId', r.item_id, 'title', r.title, 'state', r.state,
    'reason', r.reason, 'dueDate', econtent_iso(r.due_date),
    'messages', (SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('seq', m.seq, 'action', m.action,
        'sender', m.sender, 'state', m.state, 'reason', m.reason, 'dueDate', econtent_iso(m.due_date), 'note', m.note,
        'date', econtent_iso(m.sent_at))) ORDER BY m.seq), '[]'::jsonb) FROM ill_consortium_messages m WHERE m.request_id = r.id),
    'createdDate', econtent_iso(r.created_at), 'updatedDate', econtent_iso(r.updated_at)));
