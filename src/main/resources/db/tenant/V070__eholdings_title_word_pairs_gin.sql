-- The pairs of words of each title name in a GIN index (issue 14): a name search with several words looks up the
-- names holding its rarest word together with each other word, whose posting lists are short, where intersecting
-- the words' own lists (V060) decoded the whole lists of common words ("applied dentistry baltic": 143,000 and 79,000
-- names for 174 titles, 1.5 ms of the search's 3). A pair is two different words of the name of 3 or more characters,
-- "a b" with a before b in byte order (a search asks for both orders). About 9 pairs a name at a million titles
-- (23 MB); a name of n words has n(n - 1) / 2. IF NOT EXISTS and OR REPLACE: a kept bench knowledge base may hold
-- them already, built by hand with this definition.
SET LOCAL statement_timeout = 0;
CREATE OR REPLACE FUNCTION title_word_pairs(words text[]) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ARRAY(SELECT a || ' ' || b FROM unnest(words) a, unnest(words) b WHERE a < b COLLATE "C" AND length(a) >= 3
    AND length(b) >= 3);
CREATE INDEX IF NOT EXISTS title_names_word_pairs_idx ON title_names USING gin (title_word_pairs(title_name_words(name)));
