-- Each title's packages beside its name (issue 14). A name search counts the packages of its matching titles (the
-- package facets), which cost an index look-up of resources per title: about 2.7 us each, a quarter of the database's
-- work for a text of rare words (174 titles). Names found through the GIN indexes are read from title_names' rows,
-- which now carry the ids of the packages that hold the title: their facets need no look-up. Filling them here takes
-- about 40 s at a million titles and leaves title_names' table and indexes with as many dead rows (VACUUM).
--
-- Kept by statement triggers on resources (inserts and deletes, cascaded ones included) and by the insert trigger of
-- titles, which reads the new title's resources: a KBART merge inserts a title and its resource in one statement,
-- whose statement triggers run after both, in either order (the title's row does not exist yet when the resources'
-- trigger comes first, and already has the package when it comes second). Each trigger adds or removes package ids
-- on the row as it stands (an UPDATE that waited for another transaction's applies its change to that one's result).
-- A row-level trigger follows a resource moved to another package or title, which no statement of the module does.
-- package_ids is not indexed: its updates are HOT where the page has room.
SET LOCAL statement_timeout = 0;
ALTER TABLE title_names ADD COLUMN package_ids bigint[] NOT NULL DEFAULT '{}';
-- Filled once; no name changes, so the word index's update trigger has nothing to do.
ALTER TABLE title_names DISABLE TRIGGER title_word_index_update;
UPDATE title_names n SET package_ids = p.ids
  FROM (SELECT title_id, array_agg(package_id ORDER BY package_id) AS ids FROM resources GROUP BY title_id) p
  WHERE n.id = p.title_id;
ALTER TABLE title_names ENABLE TRIGGER title_word_index_update;

CREATE OR REPLACE FUNCTION title_names_insert() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO title_names (id, name, publication_type, package_ids)
    SELECT i.id, lower(i.name), i.publication_type, ARRAY(SELECT r.package_id FROM resources r WHERE r.title_id = i.id ORDER BY 1)
    FROM inserted_titles i;
  RETURN NULL;
END $$;

-- The rows to change are locked first, in id order: two imports of packages that share titles change the same rows,
-- and in the order of a hash join they could each wait for the other.
CREATE FUNCTION title_packages_add() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE title_names n SET package_ids = ARRAY(SELECT DISTINCT p FROM unnest(n.package_ids || c.ids) p ORDER BY 1)
    FROM (SELECT s.id, a.ids FROM title_names s
        JOIN (SELECT title_id, array_agg(package_id) AS ids FROM added_resources GROUP BY title_id) a ON a.title_id = s.id
        WHERE NOT s.package_ids @> a.ids ORDER BY s.id FOR UPDATE OF s) c
    WHERE n.id = c.id;
  RETURN NULL;
END $$;

CREATE FUNCTION title_packages_remove() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE title_names n SET package_ids = ARRAY(SELECT p FROM unnest(n.package_ids) p WHERE p <> ALL (c.ids) ORDER BY 1)
    FROM (SELECT s.id, d.ids FROM title_names s
        JOIN (SELECT title_id, array_agg(package_id) AS ids FROM removed_resources GROUP BY title_id) d ON d.title_id = s.id
        WHERE s.package_ids && d.ids ORDER BY s.id FOR UPDATE OF s) c
    WHERE n.id = c.id;
  RETURN NULL;
END $$;

CREATE FUNCTION title_packages_move() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE title_names SET package_ids = array_remove(package_ids, OLD.package_id) WHERE id = OLD.title_id;
  UPDATE title_names SET package_ids = ARRAY(SELECT DISTINCT p FROM unnest(package_ids || NEW.package_id) p ORDER BY 1)
    WHERE id = NEW.title_id;
  RETURN NULL;
END $$;

CREATE TRIGGER resources_title_packages_add AFTER INSERT ON resources REFERENCING NEW TABLE AS added_resources
  FOR EACH STATEMENT EXECUTE FUNCTION title_packages_add();
CREATE TRIGGER resources_title_packages_remove AFTER DELETE ON resources REFERENCING OLD TABLE AS removed_resources
  FOR EACH STATEMENT EXECUTE FUNCTION title_packages_remove();
CREATE TRIGGER resources_title_packages_move AFTER UPDATE OF package_id, title_id ON resources FOR EACH ROW
  WHEN (OLD.package_id <> NEW.package_id OR OLD.title_id <> NEW.title_id) EXECUTE FUNCTION title_packages_move();
ANALYZE title_names;
