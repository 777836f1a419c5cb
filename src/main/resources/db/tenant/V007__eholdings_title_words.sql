-- A word-level index for title search by name (issue 14). A name's words are the runs of characters between
-- white space and ASCII punctuation of its lower-cased form (title_names.name); non-ASCII letters belong to words.
-- TitleWords (Java) splits a search text the same way.
-- Filled from every title: at a million titles this takes minutes, longer than the module's statement timeout.
SET LOCAL statement_timeout = 0;
CREATE FUNCTION title_name_words(name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN array_remove(regexp_split_to_array(name, '[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+'), '');

-- The titles holding a word: a GIN index PostgreSQL keeps itself (fastupdate: a bulk insert appends to the pending
-- list and merges it in bulk). About five keys a title, where the trigram index it replaces took about thirty.
CREATE INDEX title_names_words_idx ON title_names USING gin (title_name_words(name));

-- Every word some title name holds (or held): a search word is looked up here first, through the trigram index,
-- to find the words that contain it; the titles come from title_names_words_idx. Words are only added (a word no
-- name holds any more matches no title, which costs nothing).
CREATE TABLE title_words (
  word text COLLATE "C" PRIMARY KEY
);
INSERT INTO title_words (word) SELECT DISTINCT w FROM title_names, unnest(title_name_words(name)) w;
CREATE INDEX title_words_trgm_idx ON title_words USING gin (word gin_trgm_ops);

-- Names reach title_names by the statement triggers of V004; each statement there adds its new words here once
-- (transition table, set-based; ON CONFLICT DO NOTHING takes no lock on a word that is there already).
CREATE FUNCTION title_words_add() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO title_words (word) SELECT DISTINCT w FROM new_names, unnest(title_name_words(name)) w
    ORDER BY 1 ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER title_names_words_insert AFTER INSERT ON title_names REFERENCING NEW TABLE AS new_names
  FOR EACH STATEMENT EXECUTE FUNCTION title_words_add();
CREATE TRIGGER title_names_words_update AFTER UPDATE ON title_names REFERENCING NEW TABLE AS new_names
  FOR EACH STATEMENT EXECUTE FUNCTION title_words_add();

-- The trigram index on names is no longer read: the word index finds the titles, and a text without a word of
-- three or more characters in the vocabulary reads title_names in name order (see NameSearch).
DROP INDEX title_names_name_trgm_idx;
ANALYZE title_names;
ANALYZE title_words;
