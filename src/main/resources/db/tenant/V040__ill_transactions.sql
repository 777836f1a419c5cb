-- Interlibrary loan: borrowing transactions in work queues (interface ill 1.0). A transaction is in exactly
-- one queue; every move is kept in ill_queue_moves, every note in ill_notes. The routing columns say who
-- routes a transaction now (a lease, claimed with FOR UPDATE SKIP LOCKED) and whether a broker request was
-- started and has no recorded outcome yet (request_started_at), so that a restart never requests twice.
CREATE TABLE ill_transactions (
  id uuid PRIMARY KEY,
  transaction_number bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  request_type text NOT NULL CHECK (request_type IN ('Loan', 'Article')),
  document_type text,
  title text NOT NULL,
  author text,
  loan_date text,
  article_date text,
  journal_title text,
  article_title text,
  article_author text,
  volume text,
  issue text,
  pages text,
  isbns text[] NOT NULL DEFAULT '{}',
  issns text[] NOT NULL DEFAULT '{}',
  patron_id uuid NOT NULL,
  patron jsonb NOT NULL,
  pickup_location text,
  queue text NOT NULL CHECK (queue <> ''),
  external_number text,
  broker_request_number text,
  routing_owner uuid,
  routing_lease timestamptz,
  request_started_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (request_type = 'Loan' OR loan_date IS NULL),
  CHECK (request_type = 'Article' OR article_date IS NULL)
);
CREATE INDEX ill_transactions_queue_idx ON ill_transactions (queue, created_at, id);
CREATE INDEX ill_transactions_patron_idx ON ill_transactions (patron_id);

CREATE TABLE ill_notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id uuid NOT NULL REFERENCES ill_transactions (id) ON DELETE CASCADE,
  note text NOT NULL,
  author text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ill_notes_transaction_idx ON ill_notes (transaction_id, id);

CREATE TABLE ill_queue_moves (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id uuid NOT NULL REFERENCES ill_transactions (id) ON DELETE CASCADE,
  from_queue text,
  to_queue text NOT NULL,
  moved_by text NOT NULL,
  reason text,
  moved_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ill_queue_moves_transaction_idx ON ill_queue_moves (transaction_id, id);

CREATE FUNCTION ill_move_doc(m ill_queue_moves) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object('fromQueue', m.from_queue, 'toQueue', m.to_queue,
    'movedBy', m.moved_by, 'reason', m.reason, 'date', econtent_iso(m.moved_at)));

CREATE FUNCTION ill_transaction_doc(t ill_transactions) RETURNS jsonb LANGUAGE sql STABLE
RETURN jsonb_strip_nulls(jsonb_build_object(
    'id', t.id, 'transactionNumber', t.transaction_number, 'requestType', t.request_type,
    'documentType', t.document_type, 'title', t.title, 'author', t.author, 'loanDate', t.loan_date,
    'articleDate', t.article_date, 'journalTitle', t.journal_title, 'articleTitle', t.article_title,
    'articleAuthor', t.article_author, 'volume', t.volume, 'issue', t.issue, 'pages', t.pages,
    'isbns', to_jsonb(t.isbns), 'issns', to_jsonb(t.issns), 'patron', t.patron,
    'pickupLocation', t.pickup_location, 'queue', t.queue, 'externalNumber', t.external_number,
    'brokerRequestNumber', t.broker_request_number,
    'notes', (SELECT coalesce(jsonb_agg(jsonb_build_object('note', n.note, 'author', n.author,
        'date', econtent_iso(n.created_at)) ORDER BY n.id), '[]'::jsonb) FROM ill_notes n WHERE n.transaction_id = t.id),
    'createdDate', econtent_iso(t.created_at), 'updatedDate', econtent_iso(t.updated_at)));

-- What collection GETs search (CQL fields are these columns) and answer (jsonb).
CREATE VIEW ill_transaction_view AS
SELECT t.*, array_to_string(t.isbns, ' ') AS isbn_text, array_to_string(t.issns, ' ') AS issn_text,
  ill_transaction_doc(t) AS jsonb FROM ill_transactions t;
