-- Outbox events carry patron ids in their payloads: the anonymisation timer deletes events older than
-- OUTBOX_RETENTION_DAYS (published or not: nothing reads the outbox yet), oldest first.
CREATE INDEX outbox_created_idx ON outbox (created_at);

-- Circulation statistics (GET /econtent/statistics) count per period by these dates.
CREATE INDEX econtent_loans_return_date_idx ON econtent_loans (return_date) WHERE return_date IS NOT NULL;
CREATE INDEX econtent_holds_request_date_idx ON econtent_holds (request_date);
CREATE INDEX econtent_holds_closed_date_idx ON econtent_holds (closed_date) WHERE closed_date IS NOT NULL;
CREATE INDEX econtent_group_loans_created_idx ON econtent_group_loans (created_at);
