-- GET /stacks/works/{id} reads every item of a work for what its answer depends on: the work's index now carries
-- those columns, so that the read is an index-only scan (no visit to the items' wide rows with their location
-- documents). It replaces the (work_id, id) index it extends.
CREATE INDEX stacks_items_work_state_idx ON stacks_items (work_id, id)
  INCLUDE (status_id, status_label, due_date, location_type, description, access_status, ils_location_code);
DROP INDEX stacks_items_work_idx;
