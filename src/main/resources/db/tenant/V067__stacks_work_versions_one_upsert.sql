-- One place for the works' version upsert (V050 wrote it in each trigger function, and the stacks import wrote it
-- again in WorkRepository.newVersions). stacks_work_versions_bump gives the works named a new version, each once,
-- locking their version rows in work id order (two writers of overlapping works never wait on each other in a
-- circle); the triggers below and the import (which bumps its ranges' works itself, in line order, under
-- stacks.work_versions = 'by-caller') all call it. PL/pgSQL, not SQL: PostgreSQL 16 plans a SQL function that
-- cannot be inlined again at every call, PL/pgSQL keeps the statement's plan for the session (a request's
-- deferred trigger calls it once per placement).
CREATE FUNCTION stacks_work_versions_bump(work_ids text[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO stacks_work_versions (work_id) SELECT DISTINCT w FROM unnest(work_ids) w WHERE w IS NOT NULL ORDER BY 1
  ON CONFLICT (work_id) DO UPDATE SET version = EXCLUDED.version;
END $$;

CREATE OR REPLACE FUNCTION stacks_works_new_version() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF NOT stacks_work_versions_by_caller() THEN
    PERFORM stacks_work_versions_bump(ARRAY(SELECT work_id FROM changed_items));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stacks_works_item_moved() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF NOT stacks_work_versions_by_caller() THEN
    PERFORM stacks_work_versions_bump(ARRAY[OLD.work_id]);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stacks_works_request_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM stacks_work_versions_bump(ARRAY(SELECT work_id FROM stacks_items
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.item_id ELSE NEW.item_id END));
  RETURN NULL;
END $$;
