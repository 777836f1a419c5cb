-- GET /stacks/works/{id} answers from a cache in each module instance while the work's version is the one the
-- cached answer was built at. Every change an answer depends on gives the work a new version in the same
-- transaction (so every instance sees it at once): any write of its items (insert, update, delete, an item moved
-- to another work) and any request opened, cancelled or deleted on them. Versions come from one sequence, so a
-- work deleted and made again never repeats one; the sequence starts at the clock's microseconds, so a tenant's
-- schema purged and made again does not repeat the versions of the one before (instances keep answers by tenant).
-- A narrow table of its own (not a column of stacks_works, whose GIN indexes made every bump a non-HOT update):
-- only its primary key is indexed and pages are half empty, so a bump is a HOT update. A row is made by the
-- first item write of a work; a work without one has version 0 (no item was ever written). Rows of deleted works
-- stay (harmless: a work made again with that id gets a new version from its first item).
CREATE SEQUENCE stacks_work_version_seq;
SELECT setval('stacks_work_version_seq', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint);
CREATE TABLE stacks_work_versions (
  work_id text PRIMARY KEY,
  version bigint NOT NULL DEFAULT nextval('stacks_work_version_seq')
) WITH (fillfactor = 50);
INSERT INTO stacks_work_versions (work_id) SELECT DISTINCT work_id FROM stacks_items;

-- Set-based: one upsert per statement over the works its rows belong to, in id order (no deadlock between two
-- writers of overlapping works), so an import range pays one row per work, not per item.
-- A writer that sets stacks.work_versions to 'by-caller' for its transaction bumps the versions of the works it
-- wrote itself (WorkRepository.newVersions): the stacks import merges two ranges at once and commits them in order,
-- and a later range that took a work's version row first would wait for the earlier one that waits for its row.
CREATE FUNCTION stacks_work_versions_by_caller() RETURNS boolean LANGUAGE sql STABLE
  RETURN current_setting('stacks.work_versions', true) IS NOT DISTINCT FROM 'by-caller';
CREATE FUNCTION stacks_works_new_version() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF stacks_work_versions_by_caller() THEN
    RETURN NULL;
  END IF;
  INSERT INTO stacks_work_versions (work_id) SELECT DISTINCT work_id FROM changed_items ORDER BY 1
  ON CONFLICT (work_id) DO UPDATE SET version = EXCLUDED.version;
  RETURN NULL;
END $$;
CREATE TRIGGER stacks_items_work_version_insert AFTER INSERT ON stacks_items REFERENCING NEW TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION stacks_works_new_version();
CREATE TRIGGER stacks_items_work_version_update AFTER UPDATE ON stacks_items REFERENCING NEW TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION stacks_works_new_version();
CREATE TRIGGER stacks_items_work_version_delete AFTER DELETE ON stacks_items REFERENCING OLD TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION stacks_works_new_version();

-- All items gone at once: every work back to version 0 (no item), which no answer with items holds.
CREATE FUNCTION stacks_works_items_truncated() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  DELETE FROM stacks_work_versions;
  RETURN NULL;
END $$;
CREATE TRIGGER stacks_items_work_version_truncate AFTER TRUNCATE ON stacks_items
  FOR EACH STATEMENT EXECUTE FUNCTION stacks_works_items_truncated();

-- An item moved to another work: its old work changes too (rare; the WHEN keeps other updates free of it).
CREATE FUNCTION stacks_works_item_moved() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF stacks_work_versions_by_caller() THEN
    RETURN NULL;
  END IF;
  INSERT INTO stacks_work_versions (work_id) VALUES (OLD.work_id)
  ON CONFLICT (work_id) DO UPDATE SET version = EXCLUDED.version;
  RETURN NULL;
END $$;
CREATE TRIGGER stacks_items_work_version_moved AFTER UPDATE OF work_id ON stacks_items
  FOR EACH ROW WHEN (OLD.work_id IS DISTINCT FROM NEW.work_id) EXECUTE FUNCTION stacks_works_item_moved();

-- A request opened, cancelled or deleted: its item's work changes ("requested", "requestable"). Deferred to the
-- commit, so that a placement holds the version's row for the commit only, not across its ILS call.
CREATE FUNCTION stacks_works_request_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO stacks_work_versions (work_id) SELECT work_id FROM stacks_items
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.item_id ELSE NEW.item_id END
  ON CONFLICT (work_id) DO UPDATE SET version = EXCLUDED.version;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER stacks_requests_work_version_insert AFTER INSERT ON stacks_requests
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.state = 'open') EXECUTE FUNCTION stacks_works_request_changed();
CREATE CONSTRAINT TRIGGER stacks_requests_work_version_update AFTER UPDATE ON stacks_requests
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION stacks_works_request_changed();
CREATE CONSTRAINT TRIGGER stacks_requests_work_version_delete AFTER DELETE ON stacks_requests
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.state = 'open') EXECUTE FUNCTION stacks_works_request_changed();
