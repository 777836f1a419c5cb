-- Each word of each title name with the name, in name order per word (issue 14). A search for a word held by tens of
-- thousands of titles pages its whole-word and substring tiers in name order: reading this index from the word on
-- gives them at once, where reading all names in name order passes every name before the first match (65,000 names
-- for a field of the bench knowledge base, whose names begin with their form) and sorting the matches reads them all.
-- One row per distinct word of a name (title_name_words, V007), kept by statement triggers on title_names
-- (transition tables: one set-based statement per statement on titles, as V004).
-- Filled from every title: at a million titles this takes minutes, longer than the module's statement timeout.
SET LOCAL statement_timeout = 0;
CREATE TABLE title_word_names (
  word text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  id bigint NOT NULL
);
INSERT INTO title_word_names (word, name, id)
  SELECT DISTINCT w, n.name, n.id FROM title_names n, unnest(title_name_words(n.name)) w;
CREATE INDEX title_word_names_idx ON title_word_names (word, name, id);

CREATE FUNCTION title_word_names_insert() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO title_word_names (word, name, id) SELECT DISTINCT w, n.name, n.id FROM new_names n, unnest(title_name_words(n.name)) w;
  RETURN NULL;
END $$;

CREATE FUNCTION title_word_names_update() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  DELETE FROM title_word_names p USING (SELECT DISTINCT w, o.name, o.id FROM old_names o JOIN new_names n ON n.id = o.id
      AND n.name <> o.name, unnest(title_name_words(o.name)) w) d
    WHERE p.word = d.w AND p.name = d.name AND p.id = d.id;
  INSERT INTO title_word_names (word, name, id) SELECT DISTINCT w, n.name, n.id FROM new_names n JOIN old_names o ON o.id = n.id
      AND n.name <> o.name, unnest(title_name_words(n.name)) w;
  RETURN NULL;
END $$;

CREATE FUNCTION title_word_names_delete() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  DELETE FROM title_word_names p USING (SELECT DISTINCT w, o.name, o.id FROM old_names o, unnest(title_name_words(o.name)) w) d
    WHERE p.word = d.w AND p.name = d.name AND p.id = d.id;
  RETURN NULL;
END $$;

CREATE TRIGGER title_word_names_insert AFTER INSERT ON title_names REFERENCING NEW TABLE AS new_names
  FOR EACH STATEMENT EXECUTE FUNCTION title_word_names_insert();
CREATE TRIGGER title_word_names_update AFTER UPDATE ON title_names REFERENCING OLD TABLE AS old_names NEW TABLE AS new_names
  FOR EACH STATEMENT EXECUTE FUNCTION title_word_names_update();
CREATE TRIGGER title_word_names_delete AFTER DELETE ON title_names REFERENCING OLD TABLE AS old_names
  FOR EACH STATEMENT EXECUTE FUNCTION title_word_names_delete();
ANALYZE title_word_names;
