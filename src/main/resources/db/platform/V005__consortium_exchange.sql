-- The consortium exchange: the only tables that hold what crosses tenants (interface ill 1.0). Tenant data
-- stays in tenant schemas; only the exchange's API in the code (org.folio.access.ill.consortium.exchange)
-- reads or writes these tables, and never for a tenant that is not an accepted member of a shared consortium.

-- Agreements: a consortium and its members. A member is invited, accepted, or has left.
CREATE TABLE consortium (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE consortium_member (
  consortium_id uuid NOT NULL REFERENCES consortium (id),
  tenant text NOT NULL,
  state text NOT NULL CHECK (state IN ('invited', 'accepted', 'left')),
  position integer NOT NULL,
  invited_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  left_at timestamptz,
  PRIMARY KEY (consortium_id, tenant),
  UNIQUE (consortium_id, position)
);
CREATE INDEX consortium_member_tenant_idx ON consortium_member (tenant, state);

-- The published holdings index: one row per published item of a member, kept current from the member's
-- outbox. identifiers are normalised ISBNs and ISSNs; words the lower-cased words of title and author.
-- lendable: the member lends it to the consortium; available: its stacks status is Available;
-- reserved_by: the lending request that holds this copy (one request per copy, by this column).
CREATE TABLE consortium_holding (
  id uuid PRIMARY KEY,
  tenant text NOT NULL,
  item_id text NOT NULL,
  work_id text NOT NULL,
  title text,
  author text,
  identifiers text[] NOT NULL DEFAULT '{}',
  words text[] NOT NULL DEFAULT '{}',
  location_type text,
  access_status text,
  lendable boolean NOT NULL,
  available boolean NOT NULL,
  reserved_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant, item_id)
);
CREATE INDEX consortium_holding_identifiers_idx ON consortium_holding USING gin (identifiers);
CREATE INDEX consortium_holding_words_idx ON consortium_holding USING gin (words);
CREATE UNIQUE INDEX consortium_holding_reserved_idx ON consortium_holding (reserved_by) WHERE reserved_by IS NOT NULL;

-- A lending request between two members: the state both sides agree on, changed only under this row's lock,
-- and seq, the number of the last message. rota: the lenders still to try, in order, when this one is unfilled.
CREATE TABLE consortium_request (
  id uuid PRIMARY KEY,
  consortium_id uuid NOT NULL REFERENCES consortium (id),
  borrower text NOT NULL,
  lender text NOT NULL,
  holding_id uuid NOT NULL,
  item_id text NOT NULL,
  title text,
  state text NOT NULL,
  reason text,
  due_date timestamptz,
  rota text[] NOT NULL DEFAULT '{}',
  seq integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (borrower <> lender)
);
CREATE INDEX consortium_request_borrower_idx ON consortium_request (borrower);
CREATE INDEX consortium_request_lender_idx ON consortium_request (lender);

-- Every move of a request is one message, numbered per request; delivered to the other side by whichever
-- instance claims it (FOR UPDATE SKIP LOCKED), after its predecessors to the same side, once (processed_at).
CREATE TABLE consortium_message (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES consortium_request (id),
  seq integer NOT NULL CHECK (seq > 0),
  sender text NOT NULL,
  recipient text NOT NULL,
  action text NOT NULL,
  state text NOT NULL,
  reason text,
  due_date timestamptz,
  note text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  processed_at timestamptz,
  UNIQUE (request_id, seq)
);
CREATE INDEX consortium_message_pending_idx ON consortium_message (recipient, id) WHERE processed_at IS NULL;
