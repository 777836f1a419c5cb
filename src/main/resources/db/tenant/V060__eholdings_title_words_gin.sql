-- The words of each title name in a GIN index (issue 14): a name search with several words finds the titles holding
-- all of them by intersecting their posting lists, sorted by row, where reading the rows of its rarest word in
-- title_word_names and testing every name read ("applied dentistry baltic": 16,666 rows for 174 titles) cost most of
-- a search. About 6 entries a name (8 MB at a million titles; the trigram index dropped by V043 had about 40); GIN's
-- pending list takes a KBART merge batch's names in bulk. IF NOT EXISTS: a kept bench knowledge base may hold it
-- already, built by hand with this definition.
SET LOCAL statement_timeout = 0;
CREATE INDEX IF NOT EXISTS title_names_words_idx ON title_names USING gin (title_name_words(name));
