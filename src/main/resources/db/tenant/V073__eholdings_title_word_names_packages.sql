-- Every match of a name search carries its title's packages (issue 14). V072 put them on the rows of title_names that
-- the GIN indexes find; the other matches are read from indexes only (the names that start with the text from
-- title_names_name_idx, the walk word's rows from title_word_names_idx), and the package facets looked each of them up
-- in resources: about 2.2 us a title, 360-520 us of a common text's 1.0-1.7 ms statement (200 titles sampled, up to
-- 1,000 below the count cap). Both indexes now include the package ids, and each word row carries them.
--
-- Kept by the update trigger of title_names: a change of a title's packages (V072's triggers on resources) is copied to
-- its word rows. A word row is written only by the transaction that changed its title's row of title_names first, and
-- holds that row's lock: no order of its own is needed. The package ids are in the indexes, so these updates are not
-- HOT; neither were most of V072's, for title_names' pages are full.
--
-- Rebuilt rather than updated in place: at a million titles (4.6 million word rows) this took 24 s on the bench, and an
-- UPDATE would leave as many dead rows and an index twice its size.
SET LOCAL statement_timeout = 0;
CREATE TABLE title_word_names_packages (
  word text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  id bigint NOT NULL,
  package_ids bigint[] NOT NULL DEFAULT '{}'
);
INSERT INTO title_word_names_packages (word, name, id, package_ids)
  SELECT w.word, w.name, w.id, n.package_ids FROM title_word_names w JOIN title_names n ON n.id = w.id ORDER BY 1, 2, 3;
DROP TABLE title_word_names;
ALTER TABLE title_word_names_packages RENAME TO title_word_names;
CREATE INDEX title_word_names_idx ON title_word_names (word, name, id) INCLUDE (package_ids);

DROP INDEX title_names_name_idx;
CREATE INDEX title_names_name_idx ON title_names (name, id) INCLUDE (package_ids);

-- The word rows of the given titles, from their rows of title_names (name and packages), and the words the vocabulary
-- lacks (V043).
DROP FUNCTION title_word_index_add(bigint[], text[]);
CREATE FUNCTION title_word_index_add(ids bigint[]) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
  WITH words AS MATERIALIZED (SELECT w, n.name, n.id, n.package_ids FROM title_names n, unnest(title_name_words(n.name)) w
      WHERE n.id = ANY(ids) AND length(w) >= 3),
  vocabulary AS (INSERT INTO title_words (word) SELECT DISTINCT w FROM words
    WHERE NOT EXISTS (SELECT 1 FROM title_words v WHERE v.word = words.w OFFSET 0) ORDER BY 1)
  INSERT INTO title_word_names (word, name, id, package_ids)
    SELECT DISTINCT ON (w, name, id) w, name, id, package_ids FROM words ORDER BY 1, 2, 3;
$$;

CREATE OR REPLACE FUNCTION title_word_index_insert() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM title_word_index_add(ARRAY(SELECT n.id FROM new_names n));
  RETURN NULL;
END $$;

-- A renamed title's word rows are written anew (with its packages); a title whose packages changed has them copied.
CREATE OR REPLACE FUNCTION title_word_index_update() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  DELETE FROM title_word_names p USING (SELECT w, o.name, o.id FROM old_names o JOIN new_names n ON n.id = o.id
      AND n.name <> o.name, unnest(title_name_words(o.name)) w WHERE length(w) >= 3) d
    WHERE p.word = d.w AND p.name = d.name AND p.id = d.id;
  PERFORM title_word_index_add(ARRAY(SELECT n.id FROM new_names n JOIN old_names o ON o.id = n.id AND n.name <> o.name));
  UPDATE title_word_names p SET package_ids = d.package_ids
    FROM (SELECT DISTINCT w, n.name, n.id, n.package_ids FROM new_names n JOIN old_names o ON o.id = n.id
      AND n.name = o.name AND n.package_ids <> o.package_ids, unnest(title_name_words(n.name)) w WHERE length(w) >= 3) d
    WHERE p.word = d.w AND p.name = d.name AND p.id = d.id;
  RETURN NULL;
END $$;

ANALYZE title_names;
ANALYZE title_word_names;
