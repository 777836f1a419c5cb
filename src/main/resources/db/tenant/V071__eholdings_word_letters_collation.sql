-- The collation of whole-word tests (the \m and \M of a regular expression: a word character is a letter, a digit or
-- _ under the expression's collation). Under "C", the collation of title_names.name, only ASCII letters are letters,
-- so a name search for "caf" ranked "The Café Review" as holding it as a whole word. ICU's root locale where the
-- server has ICU, else the operating system's C.UTF-8, else "C" (whole words as before, on a server with neither).
DO $$
BEGIN
  CREATE COLLATION IF NOT EXISTS word_letters (provider = icu, locale = 'und');
EXCEPTION WHEN OTHERS THEN
  BEGIN
    CREATE COLLATION IF NOT EXISTS word_letters (provider = libc, locale = 'C.UTF-8');
  EXCEPTION WHEN OTHERS THEN
    CREATE COLLATION IF NOT EXISTS word_letters FROM "C";
  END;
END $$;
