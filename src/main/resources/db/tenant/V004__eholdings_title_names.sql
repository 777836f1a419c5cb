-- Title search by name reads title_names, a narrow copy of each title's lower-cased name (and publication type, which
-- filter[type] needs), kept by statement triggers on titles. At a million titles the titles table (with its JSON
-- documents) is several times the database's cache, and a broad name search visits a row of it per matching title;
-- title_names is about 90 MB, stays cached, and its name is a plain column, so the name index serves the name order,
-- prefixes and equality without computing lower() per row. The trigram index on titles' names moves here.
CREATE TABLE title_names (
  id bigint PRIMARY KEY,
  name text COLLATE "C" NOT NULL,
  publication_type text NOT NULL
);
INSERT INTO title_names (id, name, publication_type) SELECT id, lower(name), publication_type FROM titles;
CREATE INDEX title_names_name_idx ON title_names (name, id);
CREATE INDEX title_names_name_trgm_idx ON title_names USING gin (name gin_trgm_ops);
DROP INDEX titles_name_trgm_idx;
ANALYZE title_names;

-- No longer read: equality on lower(titles.name) (tier 0 of the name search now reads title_names), and the title
-- index of resources, which resources_title_package_idx (V003) covers. Each cost every imported row an index entry.
DROP INDEX titles_name_idx;
DROP INDEX resources_title_idx;

-- One set-based statement per statement on titles (transition tables), so that an import of a million titles pays
-- one insert of a million narrow rows, not a million trigger calls. search_path is fixed to this schema.
CREATE FUNCTION title_names_insert() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO title_names (id, name, publication_type) SELECT id, lower(name), publication_type FROM inserted_titles;
  RETURN NULL;
END $$;

CREATE FUNCTION title_names_update() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE title_names n SET name = lower(u.name), publication_type = u.publication_type FROM updated_titles u
    WHERE n.id = u.id AND (n.name <> lower(u.name) OR n.publication_type <> u.publication_type);
  RETURN NULL;
END $$;

CREATE FUNCTION title_names_delete() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  DELETE FROM title_names n USING deleted_titles d WHERE n.id = d.id;
  RETURN NULL;
END $$;

CREATE TRIGGER titles_names_insert AFTER INSERT ON titles REFERENCING NEW TABLE AS inserted_titles
  FOR EACH STATEMENT EXECUTE FUNCTION title_names_insert();
CREATE TRIGGER titles_names_update AFTER UPDATE ON titles REFERENCING NEW TABLE AS updated_titles
  FOR EACH STATEMENT EXECUTE FUNCTION title_names_update();
CREATE TRIGGER titles_names_delete AFTER DELETE ON titles REFERENCING OLD TABLE AS deleted_titles
  FOR EACH STATEMENT EXECUTE FUNCTION title_names_delete();
