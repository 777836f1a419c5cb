-- A word index for title search by name (issue 14): a vocabulary of the names' words and each word of each name
-- with the name. A name's words are the runs of characters between white space and ASCII punctuation of its
-- lower-cased form (title_names.name, V004); non-ASCII letters belong to words. TitleWords (Java) splits a search
-- text the same way. Words under 3 characters are not indexed: a search word that short has no trigram to look it
-- up in the vocabulary with, it only filters, and no word of 3 or more characters is inside one.
-- Filled from every title: at a million titles this takes minutes, longer than the module's statement timeout.
SET LOCAL statement_timeout = 0;
-- The words of a name (all of them; the index keeps those of 3 or more characters). A plain expression, inlined: a
-- subquery here cost 45 us a name where this costs 10.
CREATE FUNCTION title_name_words(name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN array_remove(regexp_split_to_array(name, '[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+'), '');

-- Each indexed word of each name with the name, indexed (word, name, id): a word's titles in name order, index only.
-- A search for a word held by tens of thousands of titles pages its whole-word and substring tiers from there at
-- once, where reading all names in name order passes every name before the first match (65,000 names for a field of
-- the bench knowledge base, whose names begin with their form) and sorting the matches reads them all. It is also
-- where the titles of a word are looked up (ANALYZE's statistics of its word column estimate how many there are).
CREATE TABLE title_word_names (
  word text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  id bigint NOT NULL
);
INSERT INTO title_word_names (word, name, id)
  SELECT DISTINCT w, n.name, n.id FROM title_names n, unnest(title_name_words(n.name)) w WHERE length(w) >= 3 ORDER BY 1, 2, 3;
CREATE INDEX title_word_names_idx ON title_word_names (word, name, id);

-- Every word some title name holds (or held): a search word is looked up here first, through the trigram index, to
-- find the vocabulary words that contain it ("ecolog" is in "paleoecology"); its titles are those words' rows of
-- title_word_names. Words are only added (a word no name holds any more matches no title, which costs nothing).
-- No unique constraint, on purpose: a transaction adding a word would make every other transaction adding it wait
-- for its commit, and the KBART merge commits its parallel batches in order (a later batch that added a word first
-- would wait for an earlier one that waits for it). Two transactions adding the same word at once both write it;
-- readers take distinct words.
CREATE TABLE title_words (
  word text COLLATE "C" NOT NULL
);
INSERT INTO title_words (word) SELECT DISTINCT word FROM title_word_names ORDER BY 1;
CREATE INDEX title_words_word_idx ON title_words (word);
CREATE INDEX title_words_trgm_idx ON title_words USING gin (word gin_trgm_ops);

-- Kept by one statement trigger per statement on title_names (whose rows come from the statement triggers of V004):
-- the words of the statement's names are split once and written set-based to both tables: the vocabulary gets the
-- words it lacks (each looked up in its index: OFFSET 0 keeps the planner from hashing the whole vocabulary instead),
-- title_word_names the rows in index order. A KBART merge batch pays one statement.
CREATE FUNCTION title_word_index_add(ids bigint[], names text[]) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
  WITH words AS MATERIALIZED (SELECT w, n.name, n.id FROM unnest(ids, names) n(id, name), unnest(title_name_words(n.name)) w
      WHERE length(w) >= 3),
  vocabulary AS (INSERT INTO title_words (word) SELECT DISTINCT w FROM words
    WHERE NOT EXISTS (SELECT 1 FROM title_words v WHERE v.word = words.w OFFSET 0) ORDER BY 1)
  INSERT INTO title_word_names (word, name, id) SELECT DISTINCT w, name, id FROM words ORDER BY 1, 2, 3;
$$;

CREATE FUNCTION title_word_index_insert() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  ids bigint[];
  names text[];
BEGIN
  SELECT array_agg(n.id), array_agg(n.name) INTO ids, names FROM new_names n;
  PERFORM title_word_index_add(ids, names);
  RETURN NULL;
END $$;

CREATE FUNCTION title_word_index_update() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  ids bigint[];
  names text[];
BEGIN
  DELETE FROM title_word_names p USING (SELECT w, o.name, o.id FROM old_names o JOIN new_names n ON n.id = o.id
      AND n.name <> o.name, unnest(title_name_words(o.name)) w WHERE length(w) >= 3) d
    WHERE p.word = d.w AND p.name = d.name AND p.id = d.id;
  SELECT array_agg(n.id), array_agg(n.name) INTO ids, names FROM new_names n JOIN old_names o ON o.id = n.id AND n.name <> o.name;
  PERFORM title_word_index_add(ids, names);
  RETURN NULL;
END $$;

CREATE FUNCTION title_word_index_delete() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  DELETE FROM title_word_names p USING (SELECT w, o.name, o.id FROM old_names o, unnest(title_name_words(o.name)) w
      WHERE length(w) >= 3) d
    WHERE p.word = d.w AND p.name = d.name AND p.id = d.id;
  RETURN NULL;
END $$;

CREATE TRIGGER title_word_index_insert AFTER INSERT ON title_names REFERENCING NEW TABLE AS new_names
  FOR EACH STATEMENT EXECUTE FUNCTION title_word_index_insert();
CREATE TRIGGER title_word_index_update AFTER UPDATE ON title_names REFERENCING OLD TABLE AS old_names NEW TABLE AS new_names
  FOR EACH STATEMENT EXECUTE FUNCTION title_word_index_update();
CREATE TRIGGER title_word_index_delete AFTER DELETE ON title_names REFERENCING OLD TABLE AS old_names
  FOR EACH STATEMENT EXECUTE FUNCTION title_word_index_delete();

-- The trigram index on names is no longer read: the word index finds the titles, and a text without a word of
-- three or more characters in the vocabulary reads title_names in name order.
DROP INDEX title_names_name_trgm_idx;
ANALYZE title_names;
ANALYZE title_word_names;
ANALYZE title_words;
